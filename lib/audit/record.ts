import "server-only";
import { headers } from "next/headers";
import { db, type Prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { clientIp } from "@/lib/auth/client-ip";
import { logger } from "@/lib/log";

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Omitted: taken from the current request's headers when there is one. */
  ip?: string;
  meta?: Prisma.InputJsonObject;
};

/** The client address of the request being served, or undefined outside a request (jobs, tests). */
export async function requestIp(): Promise<string | undefined> {
  try {
    return clientIp(await headers());
  } catch {
    return undefined;
  }
}

/**
 * Writes one audit row. Pass the transaction when the event is part of a change (an approval),
 * so the row exists exactly when the change does. Reads (downloads, private views) log outside
 * any transaction; a failure to log is reported but does not fail what the user asked for.
 */
export async function recordAudit(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
  const data = {
    action: entry.action,
    actorId: entry.actorId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? (await requestIp()) ?? null,
    meta: entry.meta ?? {},
  };
  if (tx) {
    await tx.auditLog.create({ data });
    return;
  }
  try {
    await db.auditLog.create({ data });
  } catch (err) {
    logger.error("audit log write failed", { action: entry.action, err });
  }
}
