import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { dummyHash, verifyPassword } from "./password";
import { blockedFor, hit, reset, type Limit } from "./rate-limit";

// Failed sign-ins are counted per e-mail address (registered or not, so a lock says nothing
// about who has an account) and per client address. Only failures count: a city hall where
// hundreds of clerks sign in from one address is never locked by its own successful logins.
export const ACCOUNT_LIMIT: Limit = { max: 5, windowMs: 15 * 60_000 };
export const IP_LIMIT: Limit = { max: 50, windowMs: 15 * 60_000 };
export const RATE_LIMITED = "RateLimited";

export class SignInRateLimited extends Error {
  constructor(public readonly minutes: number) {
    super(RATE_LIMITED);
  }
}

// Hashed so the table does not become a list of addresses people typed.
export const accountKey = (email: string) =>
  `signin:email:${createHash("sha256").update(email).digest("hex").slice(0, 32)}`;
export const ipKey = (ip: string) => `signin:ip:${ip}`;

export type SignedIn = { id: string; email: string; name: string };

/**
 * Checks the password. Unknown e-mail, wrong password, rejected/suspended/deleted account: all
 * null after one bcrypt comparison, so neither the answer nor its timing tells them apart.
 * Over a limit: SignInRateLimited, before any password check (a locked account must not
 * confirm a correct guess), for known and unknown addresses alike.
 */
export async function authenticate(email: string, password: string, ip: string): Promise<SignedIn | null> {
  const [accountWait, ipWait] = await Promise.all([
    blockedFor(accountKey(email), ACCOUNT_LIMIT),
    blockedFor(ipKey(ip), IP_LIMIT),
  ]);
  if (accountWait > 0 || ipWait > 0) {
    await recordAudit({ action: "SIGNIN_LOCKED", ip, meta: { email, by: accountWait > 0 ? "account" : "ip" } });
    throw new SignInRateLimited(Math.max(accountWait, ipWait));
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  const allowed = user && ok && user.deletedAt === null && user.status !== "REJECTED" && user.status !== "SUSPENDED";
  if (!allowed) {
    await Promise.all([hit(accountKey(email), ACCOUNT_LIMIT), hit(ipKey(ip), IP_LIMIT)]);
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
  await reset(accountKey(email));
  await recordAudit({ action: "SIGNIN_SUCCESS", actorId: user.id, targetType: "User", targetId: user.id, ip });
  return { id: user.id, email: user.email, name: user.name };
}
