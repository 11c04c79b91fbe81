import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { readerLocale } from "@/lib/mail/i18n";
import { sendMail } from "@/lib/mail/transport";
import { signupConfirmMail, signupExistingMail } from "@/lib/mail/signup-templates";
import { SIGNUP_LINK_MS, tokenHashOf } from "./signup-limits";

// Runs in the job worker: imports nothing that pulls in Next's request APIs (sessions, navigation).

export type SignupMail = { kind: "confirm"; requestId: string } | { kind: "existing"; userId: string };

/**
 * A fresh token for the request, minted when the mail is sent, of which only the hash is stored (so neither
 * the request table nor the job queue holds a usable link). Null when the request is gone or expired.
 */
async function issueToken(requestId: string): Promise<{ email: string; locale: string; token: string } | null> {
  const token = randomBytes(32).toString("base64url");
  const { count } = await db.signupRequest.updateMany({
    where: { id: requestId, expiresAt: { gt: new Date() } },
    data: { tokenHash: tokenHashOf(token) },
  });
  if (count === 0) return null;
  const { email, locale } = await db.signupRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { email: true, locale: true },
  });
  return { email, locale, token };
}

/** The account.signup-mail job: a confirmation link for a new address, a notice for a registered one. */
export async function sendSignupMail(job: SignupMail): Promise<{ sent: boolean }> {
  if (job.kind === "confirm") {
    const issued = await issueToken(job.requestId);
    if (!issued) return { sent: false };
    const hours = SIGNUP_LINK_MS / 3_600_000;
    await sendMail({ to: issued.email, ...signupConfirmMail(issued.token, hours, readerLocale(issued.locale)) });
    return { sent: true };
  }
  const owner = await db.user.findUnique({
    where: { id: job.userId },
    select: { email: true, deletedAt: true, locale: true },
  });
  if (!owner || owner.deletedAt) return { sent: false };
  await sendMail({ to: owner.email, ...signupExistingMail(readerLocale(owner.locale)) });
  return { sent: true };
}
