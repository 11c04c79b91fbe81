// getCurrentUser against the real database, with NextAuth's cookie decoding replaced by the session it would
// decode: a suspension ends every session at once, and a reactivation does not bring the old ones back.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { suspendUser, reactivateUser } from "@/lib/admin/mutations";
import { authOptions } from "@/lib/auth/options";
import { createUser } from "@/tests/fixtures/factories";

const cookie = vi.hoisted(() => ({ session: null as unknown }));
vi.mock("next-auth", async (orig) => ({
  ...(await orig<typeof import("next-auth")>()),
  getServerSession: async () => cookie.session,
}));

/** What NextAuth's callbacks make of a sign-in: the token, then the session a request decodes from it. */
async function signedIn(user: { id: string; sessionVersion: number }) {
  const cb = authOptions.callbacks!;
  const token = await cb.jwt!({
    token: {},
    user: { id: user.id, sessionVersion: user.sessionVersion } as never,
  } as never);
  return cb.session!({ session: { expires: "" }, token } as never);
}

// React's cache() memoises per request; outside one it would hand back the first answer, so each read is fresh.
async function currentUser(session: unknown) {
  vi.resetModules();
  cookie.session = session;
  const { getCurrentUser } = await import("./session");
  return getCurrentUser();
}

describe("getCurrentUser and suspension", () => {
  it("a session stops working when the account is suspended, and stays ended after reactivation", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const u = await createUser({ role: "COMPANY_MEMBER" });
    const before = await signedIn(await db.user.findUniqueOrThrow({ where: { id: u.id } }));
    expect((await currentUser(before))?.id).toBe(u.id);

    await suspendUser(admin, { userId: u.id });
    expect(await currentUser(before)).toBeNull();

    await reactivateUser(admin, { userId: u.id });
    expect(await currentUser(before)).toBeNull();
    // Signing in again gives a session of the current version.
    const after = await signedIn(await db.user.findUniqueOrThrow({ where: { id: u.id } }));
    expect((await currentUser(after))?.id).toBe(u.id);
  });

  it("a session from before sessionVersion existed (no version in the token) counts as version 0", async () => {
    const u = await createUser({ role: "COMPANY_MEMBER" });
    expect((await currentUser({ uid: u.id, expires: "" }))?.id).toBe(u.id);
  });
});
