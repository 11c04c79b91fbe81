import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import type { AuditFilter } from "./schema";

/** Days are Japan days: 2026-11-01 means from 00:00 JST. */
const jstStart = (day: string) => new Date(`${day}T00:00:00+09:00`);

function whereOf(f: AuditFilter): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.action) and.push({ action: f.action });
  if (f.from) and.push({ at: { gte: jstStart(f.from) } });
  if (f.to) and.push({ at: { lt: new Date(jstStart(f.to).getTime() + 86_400_000) } });
  if (f.user) {
    const q = f.user;
    and.push({
      OR: [
        { actorId: q },
        { targetId: q },
        { actor: { email: { contains: q, mode: "insensitive" } } },
        { actor: { name: { contains: q, mode: "insensitive" } } },
        // Failed sign-ins for unknown addresses keep the address typed in meta.
        { meta: { path: ["email"], string_contains: q.toLowerCase() } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  meta: Prisma.JsonValue;
};

/** Admins only; newest first, by the (at, id) index. */
export async function listAuditLog(
  actor: SessionUser | null,
  filter: AuditFilter,
  pageSize = 50,
): Promise<{ total: number; rows: AuditRow[] }> {
  assertRole(actor, CAN.administer, { active: true });
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        at: true,
        action: true,
        targetType: true,
        targetId: true,
        ip: true,
        meta: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  return { total, rows };
}
