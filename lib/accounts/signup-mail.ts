import "server-only";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/transport";
import { signupConfirmMail, signupExistingMail } from "@/lib/mail/signup-templates";
import { issueSignupToken, SIGNUP_LINK_MS } from "./signup-request";

export type SignupMail = { kind: "confirm"; requestId: string } | { kind: "existing"; userId: string };

/** The account.signup-mail job: a confirmation link for a new address, a notice for a registered one. */
export async function sendSignupMail(job: SignupMail): Promise<{ sent: boolean }> {
  if (job.kind === "confirm") {
    const issued = await issueSignupToken(job.requestId);
    if (!issued) return { sent: false };
    await sendMail({ to: issued.email, ...signupConfirmMail(issued.token, SIGNUP_LINK_MS / 3_600_000) });
    return { sent: true };
  }
  const owner = await db.user.findUnique({ where: { id: job.userId }, select: { email: true, deletedAt: true } });
  if (!owner || owner.deletedAt) return { sent: false };
  await sendMail({ to: owner.email, ...signupExistingMail() });
  return { sent: true };
}
