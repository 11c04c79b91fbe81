import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { refund, take, type Limit } from "@/lib/auth/rate-limit";
import { tokenHashOf } from "@/lib/accounts/signup-limits";
import { departmentFor } from "@/lib/admin/mutations";
import { parsed } from "@/lib/admin/lock";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { assertDesk } from "./access";
import { assertStillDesk } from "./staff-guard";
import { INVITATION_LINK_MS, inviteSchema, revokeInvitationSchema, type InviteRefusal } from "./invitations-schema";

// The desk invites colleagues of its own municipality. Every read and write is scoped by the desk's
// municipality (user.organizationId): a department, call or invitation id from another city is NOT_FOUND.

/**
 * Per desk member, 40 an hour: a theme call to a dozen departments with a few re-sends. Per address, 5 an hour:
 * past that someone is filling a colleague's mailbox. Refused attempts count too (lib/auth/rate-limit.ts).
 */
export const INVITE_SENDER_LIMIT: Limit = { max: 40, windowMs: 60 * 60_000 };
export const INVITE_ADDRESS_LIMIT: Limit = { max: 5, windowMs: 60 * 60_000 };
const senderKey = (userId: string) => `desk:invite:${userId}`;
const addressKey = (email: string) => `desk:invite-to:${tokenHashOf(email).slice(0, 32)}`;

export type InviteResult =
  { ok: true; id: string; replaced: boolean } | { ok: false; reason: InviteRefusal; minutes?: number };

/** The open (not accepted, not revoked) invitations of a municipality. */
export const openInvitationWhere = (municipalityId: string) => ({
  municipalityId,
  acceptedAt: null,
  revokedAt: null,
});

/**
 * Sends (or re-sends) an invitation. The link's token is minted by the mail job when it sends
 * (desk.invitation-mail), so neither this row nor the job queue ever holds a usable link; the hash written
 * here is of a token nobody has.
 */
export async function inviteStaff(actor: SessionUser | null, raw: unknown): Promise<InviteResult> {
  const desk = assertDesk(actor);
  const input = parsed(inviteSchema, raw);
  const keys = [senderKey(desk.id), addressKey(input.email)];
  const wait = Math.max(await take(keys[0], INVITE_SENDER_LIMIT), await take(keys[1], INVITE_ADDRESS_LIMIT));
  if (wait > 0) return { ok: false, reason: "throttled", minutes: wait };
  const orgId = desk.organizationId;
  const result = await db.$transaction(async (tx): Promise<InviteResult> => {
    // Re-inviting an address replaces its open invitation: two sends at once must not leave two open links.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`desk-invite:${orgId}:${input.email}`}, 0))`;
    await assertStillDesk(tx, desk.id, orgId);
    // Said to the desk plainly: it is a colleague in the same city hall, and the address is theirs to know.
    if (await tx.user.count({ where: { email: input.email } })) return { ok: false, reason: "already_registered" };
    if (input.callId && !(await tx.themeCall.count({ where: { id: input.callId, municipalityId: orgId } })))
      throw new AppError("NOT_FOUND");
    const dept = await departmentFor(tx, orgId, input.departmentId, input.newDepartment);
    const { count: replaced } = await tx.staffInvitation.updateMany({
      where: { ...openInvitationWhere(orgId), email: input.email },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.staffInvitation.create({
      data: {
        municipalityId: orgId,
        departmentId: dept!.id,
        email: input.email,
        tokenHash: tokenHashOf(randomBytes(32).toString("base64url")),
        callId: input.callId ?? null,
        invitedById: desk.id,
        expiresAt: new Date(Date.now() + INVITATION_LINK_MS),
      },
    });
    await enqueue(tx, "desk.invitation-mail", { invitationId: invitation.id });
    await recordAudit(
      {
        action: "STAFF_INVITED",
        actorId: desk.id,
        targetType: "StaffInvitation",
        targetId: invitation.id,
        meta: { department: dept!.name, replaced: replaced > 0, ...(input.callId ? { callId: input.callId } : {}) },
      },
      tx,
    );
    return { ok: true, id: invitation.id, replaced: replaced > 0 };
  });
  // Nothing was sent for an invalid department or call: the attempt does not use up the desk's hour or the
  // colleague's. "Already registered" does use it: otherwise the desk could ask about any address for free.
  if (!result.ok && result.reason !== "already_registered") await Promise.all(keys.map(refund));
  return result;
}

/** The link stops working; an account already made from it is decided on /desk/staff instead. */
export async function revokeInvitation(actor: SessionUser | null, raw: unknown) {
  const desk = assertDesk(actor);
  const { id } = parsed(revokeInvitationSchema, raw);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const { count } = await tx.staffInvitation.updateMany({
      where: { id, ...openInvitationWhere(desk.organizationId) },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.staffInvitation.count({ where: { id, municipalityId: desk.organizationId } });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
    }
    await recordAudit(
      { action: "INVITATION_REVOKED", actorId: desk.id, targetType: "StaffInvitation", targetId: id },
      tx,
    );
    return { ok: true as const };
  });
}
