import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_LIMIT, accountKey } from "@/lib/auth/signin";
import { refund, take } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/action";
import { CAN, isAdmin } from "@/lib/auth/roles";
import { eraseCompanyContacts } from "./company-contact";
import { DELETED_USER_NAME, deleteAccountSchema } from "./schema";

export type DeleteResult =
  { ok: true } | { ok: false; reason: "last_admin" | "locked" } | { ok: false; fieldErrors: FieldErrors };

/**
 * 退会 (個人情報保護法 §35 利用停止・消去). One transaction, so nothing half-deleted stays:
 * - erased: alert preferences, notifications, read marks, memberships, personal fields, and the
 *   company contact person they entered about themselves (./company-contact.ts);
 * - kept but anonymised: the user row itself, because messages, challenges, documents and the
 *   audit log refer to it; its name becomes 「退会したユーザー」, so threads keep making sense to
 *   the other side, and challenges stay with their municipality (Challenge.municipalityId);
 * - the e-mail is replaced by an address that can never be delivered, so the real one can sign
 *   up again, and the password by a random one nobody knows.
 * The session is refused from the next request on (getCurrentUser checks deletedAt).
 */
export async function deleteMyAccount(actor: SessionUser | null, raw: unknown): Promise<DeleteResult> {
  const me = assertRole(actor, CAN.useOwnAccount);
  const parsed = deleteAccountSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  // Same counter as sign-in, so a stolen session cannot be used to guess the password here instead.
  // `take` checks and counts in one statement before bcrypt: a parallel burst of guesses gets at most
  // ACCOUNT_LIMIT.max evaluations (reading first and counting after let every one through; issue 15 F1).
  const key = accountKey(me.email);
  if ((await take(key, ACCOUNT_LIMIT)) > 0) return { ok: false, reason: "locked" };
  const row = await db.user.findUnique({
    where: { id: me.id },
    select: { passwordHash: true, name: true, email: true },
  });
  if (!row || !(await verifyPassword(parsed.data.password, row.passwordHash))) {
    return { ok: false, fieldErrors: { password: ["パスワードが正しくありません"] } };
  }
  // Only failures count: the right password gives its own attempt back. Not `reset` (sign-in's choice,
  // where a success ends the matter): a reset would reopen the window to the rest of a parallel burst.
  await refund(key);
  const unusable = await hashPassword(randomBytes(32).toString("hex"));
  return db.$transaction(async (tx) => {
    if (isAdmin(me)) {
      // Someone must be left to approve accounts and read the audit log.
      const others = await tx.user.count({
        where: { role: "ADMIN", status: "ACTIVE", deletedAt: null, id: { not: me.id } },
      });
      if (others === 0) return { ok: false, reason: "last_admin" } as const;
    }
    const { count } = await tx.user.updateMany({
      where: { id: me.id, deletedAt: null },
      data: {
        email: `deleted-${me.id}@deleted.invalid`,
        name: DELETED_USER_NAME,
        passwordHash: unusable,
        status: "SUSPENDED",
        locale: "ja",
        signupNote: null,
        requestedDepartment: null,
        reviewNote: null,
        deletedAt: new Date(),
      },
    });
    if (count === 0) throw new AppError("CONFLICT");
    // After the row above is taken (a second deletion of the same account stops there), before the
    // memberships go: who else is in the company decides what happens to its contact person.
    const companyContactErased = await eraseCompanyContacts(tx, { id: me.id, name: row.name, email: row.email });
    await tx.alertPreference.deleteMany({ where: { userId: me.id } });
    await tx.notification.deleteMany({ where: { userId: me.id } });
    await tx.threadRead.deleteMany({ where: { userId: me.id } });
    await tx.membership.deleteMany({ where: { userId: me.id } });
    // The desk's invitation that made this account kept the address it was sent to.
    await tx.staffInvitation.updateMany({
      where: { userId: me.id },
      data: { email: `deleted-${me.id}@deleted.invalid` },
    });
    // The company's interest stays (it is the company's), without the person who sent it.
    await tx.interest.updateMany({ where: { userId: me.id }, data: { userId: null } });
    // Matches this coordinator followed go back to "unassigned" so someone picks them up.
    await tx.match.updateMany({ where: { coordinatorId: me.id }, data: { coordinatorId: null } });
    await recordAudit(
      {
        action: "ACCOUNT_DELETED",
        actorId: me.id,
        targetType: "User",
        targetId: me.id,
        meta: { role: me.role, companyContactErased },
      },
      tx,
    );
    return { ok: true } as const;
  });
}
