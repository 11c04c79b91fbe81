import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { tokenHashOf } from "@/lib/accounts/signup-limits";
import { readerLocale } from "@/lib/mail/i18n";
import { staffInvitationMail } from "@/lib/mail/invitation-templates";
import { sendMail } from "@/lib/mail/transport";
import { INVITATION_DAYS } from "./invitations-schema";

// Runs in the job worker: imports nothing that pulls in Next's request APIs (sessions, navigation).

/**
 * The desk.invitation-mail job. A fresh token is minted now and only its hash stored, guarded on the invitation
 * still being open: a revoked or replaced invitation gets no mail, and a retried job sends a link that works
 * (the earlier one, if it went out at all, stops working). The mail is in the inviting desk member's language:
 * the colleague has no account, hence no language of their own yet.
 */
export async function sendInvitationMail(job: { invitationId: string }): Promise<{ sent: boolean }> {
  const token = randomBytes(32).toString("base64url");
  const { count } = await db.staffInvitation.updateMany({
    where: { id: job.invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { tokenHash: tokenHashOf(token) },
  });
  if (count === 0) return { sent: false };
  const inv = await db.staffInvitation.findUniqueOrThrow({
    where: { id: job.invitationId },
    select: {
      email: true,
      municipality: { select: { name: true } },
      department: { select: { name: true } },
      call: { select: { title: true } },
      invitedBy: { select: { name: true, locale: true, deletedAt: true } },
    },
  });
  const inviter = inv.invitedBy && !inv.invitedBy.deletedAt ? inv.invitedBy : null;
  await sendMail({
    to: inv.email,
    ...staffInvitationMail({
      locale: readerLocale(inviter?.locale),
      token,
      days: INVITATION_DAYS,
      municipality: inv.municipality.name,
      department: inv.department?.name ?? null,
      inviter: inviter?.name ?? null,
      callTitle: inv.call?.title ?? null,
    }),
  });
  return { sent: true };
}
