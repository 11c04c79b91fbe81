// Sign-up's limits, bucket keys and token hash. No "server-only" and no imports of the app: the e2e spec reads
// the limit it asserts, and the mail job (./signup-mail.ts) runs in the worker, outside Next.
import { createHash } from "node:crypto";
import { addressBucket } from "@/lib/auth/forwarded";
import type { Limit } from "@/lib/auth/rate-limit";

/**
 * Sign-up limits (issue 15 F6), counted before anything else for known and unknown addresses alike (refused attempts count too):
 * - per client address, 20 an hour: a city hall is one NAT address, and a 研修会 where a coordinator walks a
 *   room of clerks through sign-up is a real hour of ~20 sign-ups; a script gets 20 mails out, not thousands.
 * - per e-mail, 3 an hour: a typo and two retries; beyond that someone is mail-bombing that mailbox.
 */
export const SIGNUP_IP_LIMIT: Limit = { max: 20, windowMs: 60 * 60_000 };
export const SIGNUP_EMAIL_LIMIT: Limit = { max: 3, windowMs: 60 * 60_000 };
/** A link is good for a day: it covers opening the mail after a meeting, and a longer-lived link is a longer-lived key. */
export const SIGNUP_LINK_MS = 24 * 60 * 60_000;

// Hashed so the table does not become a list of addresses people typed.
export const signupEmailKey = (email: string) =>
  `signup:email:${createHash("sha256").update(email).digest("hex").slice(0, 32)}`;
export const signupIpKey = (ip: string) => `signup:ip:${addressBucket(ip)}`;

/** The e-mailed token is stored only as this hash, so a copy of the table holds no usable link. */
export const tokenHashOf = (token: string) => createHash("sha256").update(token).digest("hex");
