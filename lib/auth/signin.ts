import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { addressBucket } from "./forwarded";
import { dummyHash, verifyPassword } from "./password";
import { refund, reset, take, type Limit } from "./rate-limit";

// Attempts are counted per e-mail address (registered or not, so a lock says nothing about who
// has an account) and per client address. Each attempt takes its place in both counters before
// the password is checked, in one statement per counter, so a parallel burst gets at most `max`
// passwords compared (reading the count first and counting failures after let 25 parallel
// guesses through; issue 15 F1). A success gives its place back: a city hall where hundreds of
// clerks sign in from one address is never locked by its own successful logins.
export const ACCOUNT_LIMIT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const IP_LIMIT: Limit = { max: 50, windowMs: 15 * 60_000 };
export const RATE_LIMITED = "RateLimited";
export const SUSPENDED = "Suspended";

export class SignInRateLimited extends Error {
  constructor(public readonly minutes: number) {
    super(RATE_LIMITED);
  }
}

// Hashed so the table does not become a list of addresses people typed.
export const accountKey = (email: string) =>
  `signin:email:${createHash("sha256").update(email).digest("hex").slice(0, 32)}`;
export const ipKey = (ip: string) => `signin:ip:${addressBucket(ip)}`;

/** The right password for an account an admin suspended: the form says so instead of "wrong password". */
export class SignInSuspended extends Error {
  constructor() {
    super(SUSPENDED);
  }
}

export type SignedIn = { id: string; email: string; name: string; sessionVersion: number };

type Refusal = { by: "account" | "ip"; minutes: number };

/**
 * Takes this attempt's place in the account's counter, then in the address's. A refused attempt
 * compares no password, so it is nobody's guess: one refused by the account leaves the address
 * alone (a clerk retrying a locked account must not lock the whole city hall), and one refused
 * by the address gives the account its place back (the clerk keeps their own allowance).
 */
async function takeAttempt(email: string, ip: string): Promise<Refusal | null> {
  const accountWait = await take(accountKey(email), ACCOUNT_LIMIT);
  if (accountWait > 0) return { by: "account", minutes: accountWait };
  const ipWait = await take(ipKey(ip), IP_LIMIT);
  if (ipWait === 0) return null;
  await refund(accountKey(email));
  return { by: "ip", minutes: ipWait };
}

/**
 * Checks the password. Unknown e-mail, wrong password, rejected/deleted account: all null after one
 * bcrypt comparison, so neither the answer nor its timing tells them apart. A suspended account with
 * the right password gets SignInSuspended: only someone who knows the password learns it is suspended.
 * Over a limit: SignInRateLimited, before any password check (a locked account must not
 * confirm a correct guess), for known and unknown addresses alike.
 */
export async function authenticate(email: string, password: string, ip: string): Promise<SignedIn | null> {
  const refused = await takeAttempt(email, ip);
  if (refused) {
    await recordAudit({ action: "SIGNIN_LOCKED", ip, meta: { email, by: refused.by } });
    throw new SignInRateLimited(refused.minutes);
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  const allowed = user && ok && user.deletedAt === null && user.status !== "REJECTED" && user.status !== "SUSPENDED";
  if (user && ok && user.deletedAt === null && user.status === "SUSPENDED") {
    await recordAudit({
      action: "SIGNIN_FAILURE",
      targetType: "User",
      targetId: user.id,
      ip,
      meta: { suspended: true },
    });
    throw new SignInSuspended();
  }
  if (!allowed) {
    // The places taken above stay: this was a guess.
    // The attempted address is kept only when it belongs to nobody: for a real account the id says it.
    await recordAudit({
      action: "SIGNIN_FAILURE",
      targetType: user ? "User" : undefined,
      targetId: user?.id,
      ip,
      meta: user ? {} : { email },
    });
    return null;
  }
  // The account's earlier failures are forgiven (the person knows the password); the address only
  // gets this attempt's place back, so failures from it still count.
  await Promise.all([reset(accountKey(email)), refund(ipKey(ip))]);
  await recordAudit({ action: "SIGNIN_SUCCESS", actorId: user.id, targetType: "User", targetId: user.id, ip });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
