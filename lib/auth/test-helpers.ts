// Test-only helpers for sign-in: what the form would show for one attempt, and fresh client addresses.
import { authenticate, SignInRateLimited, SignInSuspended } from "./signin";

export type Outcome = "ok" | "failed" | "locked" | "suspended";

/** What the sign-in form would show for one attempt. */
export async function signInOutcome(email: string, password: string, from: string): Promise<Outcome> {
  try {
    return (await authenticate(email, password, from)) ? "ok" : "failed";
  } catch (e) {
    if (e instanceof SignInRateLimited) return "locked";
    if (e instanceof SignInSuspended) return "suspended";
    throw e;
  }
}

/** An address no other test uses, so per-address counters start empty. */
export const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
