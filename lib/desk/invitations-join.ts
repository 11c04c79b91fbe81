import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { tokenHashOf } from "@/lib/accounts/signup-limits";
import { fieldErrorsOf, weakPasswordError } from "@/lib/accounts/mutations";
import type { FieldErrors } from "@/lib/action";
import { errorCodeOf } from "@/lib/errors";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { notify } from "@/lib/notifications/outbox";
import type { Tx } from "@/lib/admin/lock";
import { invitationToken, joinSchema } from "./invitations-schema";

// /join/<token>: the token is the only credential. Opening the page changes nothing (mail scanners fetch links);
// the form creates the account.

export type OpenInvitation = {
  email: string;
  municipality: string;
  department: string | null;
  callTitle: string | null;
  expiresAt: Date;
};

/** An invitation's link is usable: not taken up, not revoked (or replaced by a newer one), not expired. */
const usable = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

/** What the join page shows; null for a token that is unknown, used, revoked or expired (one answer for all). */
export async function findOpenInvitation(token: unknown): Promise<OpenInvitation | null> {
  const t = invitationToken.safeParse(token);
  if (!t.success) return null;
  const inv = await db.staffInvitation.findFirst({
    where: { tokenHash: tokenHashOf(t.data), ...usable(new Date()) },
    select: {
      email: true,
      expiresAt: true,
      municipality: { select: { name: true } },
      department: { select: { name: true } },
      call: { select: { title: true } },
    },
  });
  if (!inv) return null;
  return {
    email: inv.email,
    municipality: inv.municipality.name,
    department: inv.department?.name ?? null,
    callTitle: inv.call?.title ?? null,
    expiresAt: inv.expiresAt,
  };
}

export type JoinResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid_link" | "already_registered" }
  | { ok: false; reason: "fields"; fieldErrors: FieldErrors };

const invalid = { ok: false, reason: "invalid_link" } as const;

/**
 * Creates the PENDING clerk account the invitation stands for, in its municipality and 課. The e-mail counts as
 * verified: only its mailbox got the link. The invitation is taken up by a guarded update in the same
 * transaction, so a replayed link or two submits at once make exactly one account; a revocation that commits
 * first wins (its update holds the row until then).
 */
export async function joinByInvitation(raw: unknown, locale: Locale = defaultLocale): Promise<JoinResult> {
  const input = joinSchema.safeParse(raw);
  if (!input.success) {
    const fieldErrors = fieldErrorsOf(input.error);
    return fieldErrors.token ? invalid : { ok: false, reason: "fields", fieldErrors };
  }
  const { token, name, password } = input.data;
  const inv = await db.staffInvitation.findFirst({ where: { tokenHash: tokenHashOf(token), ...usable(new Date()) } });
  if (!inv) return invalid;
  const weak = await weakPasswordError(password, inv.email);
  if (weak && !weak.ok) return { ok: false, reason: "fields", fieldErrors: weak.fieldErrors };
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx): Promise<JoinResult> => {
      const { count } = await tx.staffInvitation.updateMany({
        where: { id: inv.id, ...usable(new Date()) },
        data: { acceptedAt: new Date() },
      });
      if (count === 0) return invalid;
      const user = await tx.user.create({
        data: {
          email: inv.email,
          name,
          passwordHash,
          role: "MUNICIPAL_STAFF",
          status: "PENDING",
          locale,
          memberships: { create: { organizationId: inv.municipalityId, departmentId: inv.departmentId } },
        },
      });
      await tx.staffInvitation.update({ where: { id: inv.id }, data: { userId: user.id } });
      await notifyDesk(tx, inv.municipalityId, user.id, name, inv.departmentId);
      return { ok: true, userId: user.id };
    });
  } catch (e) {
    // Someone registered the address since the desk sent the link (the desk checked at sending).
    if (errorCodeOf(e) === "ALREADY_EXISTS") return { ok: false, reason: "already_registered" };
    throw e;
  }
}

/** Every active desk member of the municipality hears that a colleague is waiting for their approval. */
async function notifyDesk(tx: Tx, municipalityId: string, userId: string, name: string, departmentId: string | null) {
  const [desk, dept] = await Promise.all([
    tx.membership.findMany({
      where: { organizationId: municipalityId, isDesk: true, user: { status: "ACTIVE", deletedAt: null } },
      select: { userId: true },
    }),
    departmentId ? tx.department.findUnique({ where: { id: departmentId }, select: { name: true } }) : null,
  ]);
  await notify(
    tx,
    desk.map((m) => ({
      userId: m.userId,
      type: "STAFF_JOIN_REQUESTED" as const,
      message: { key: "staffJoinRequested" as const, values: { name, department: dept?.name ?? "—" } },
      url: "/desk/staff",
      dedupeKey: `staff-join:${userId}:${m.userId}`,
    })),
  );
}
