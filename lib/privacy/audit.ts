import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

// Sign-in rows name the account in meta.email (and, for an unknown address or a lock, only there).
const SIGNIN_ACTIONS = new Set(["SIGNIN_SUCCESS", "SIGNIN_FAILURE", "SIGNIN_LOCKED"]);

/**
 * 個人情報保護法 §33: the audit rows about the person — what they did (actor) and what was done to
 * or tried against their account (target, or the address typed at a sign-in). Kept after deletion
 * for security (docs/reliability/security.md), so they must be disclosable while the account exists.
 * A row where someone else acted on them (an approval) says only what happened and when: the other
 * person's address and notes are that person's data.
 */
export function myAuditWhere(me: SessionUser, accountCreatedAt: Date): Prisma.AuditLogWhereInput {
  return {
    OR: [
      { actorId: me.id },
      { targetId: me.id },
      // Attempts on the address that matched no account (or were refused by the limit), since this
      // account has held the address: an earlier, deleted holder's rows are not this person's.
      { actorId: null, targetId: null, at: { gte: accountCreatedAt }, meta: { path: ["email"], equals: me.email } },
    ],
  };
}

export async function myAuditRows(me: SessionUser, accountCreatedAt: Date) {
  const rows = await db.auditLog.findMany({
    where: myAuditWhere(me, accountCreatedAt),
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: 10_000,
    select: { at: true, action: true, actorId: true, targetType: true, targetId: true, ip: true, meta: true },
  });
  return rows.map((r) => {
    const own = r.actorId === me.id || SIGNIN_ACTIONS.has(r.action);
    return {
      at: r.at,
      action: r.action,
      by: r.actorId === me.id ? "you" : r.actorId ? "another user" : null,
      targetType: r.targetType,
      targetId: r.targetId === me.id ? "you" : r.targetId,
      ip: own ? r.ip : null,
      meta: own ? r.meta : {},
    };
  });
}
