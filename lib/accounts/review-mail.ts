import "server-only";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/transport";
import { approvedMail, rejectedMail } from "@/lib/mail/approval-templates";

// Runs in the job worker: imports nothing that pulls in Next's request APIs (sessions, navigation).

export type ReviewMail = { userId: string; decision: "APPROVE" | "REJECT" };

/**
 * The account.review-mail job: tells the applicant what a coordinator decided, in their locale, with
 * the reason on a rejection. The job exists only if the decision committed (reviewStaff enqueues it in
 * its transaction), and only once per applicant: a second decision is a CONFLICT and rolls back. The
 * account is read again here, so a mail whose decision was since overtaken (an approved account
 * suspended before the worker ran) or an account deleted meanwhile gets nothing.
 */
export async function sendReviewMail(job: ReviewMail): Promise<{ sent: boolean }> {
  const user = await db.user.findUnique({
    where: { id: job.userId },
    select: {
      email: true,
      name: true,
      locale: true,
      status: true,
      reviewNote: true,
      deletedAt: true,
      invitation: { select: { id: true } },
    },
  });
  const expected = job.decision === "APPROVE" ? "ACTIVE" : "REJECTED";
  if (!user || user.deletedAt || user.status !== expected) return { sent: false };
  const mail =
    job.decision === "APPROVE"
      ? approvedMail({ locale: user.locale, name: user.name, byDesk: !!user.invitation })
      : rejectedMail({ locale: user.locale, name: user.name, reason: user.reviewNote });
  await sendMail({ to: user.email, ...mail });
  return { sent: true };
}
