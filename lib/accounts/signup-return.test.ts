// The way back after a company sign-up (issue 16 §1): the page the visitor came from (a challenge's interest form)
// is kept with the sign-up request, through the e-mailed link, and handed back when the account is created. Checked
// like ?callbackUrl= on the way in and out: only this site's paths.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { uid } from "@/tests/fixtures/factories";
import { signupIpKey, tokenHashOf } from "./signup-limits";
import { confirmSignUp, requestSignUp } from "./signup-request";

const form = (returnTo: unknown) => ({
  companyName: `株式会社帰り道 ${uid()}`,
  name: "山田 太郎",
  email: `return-${uid()}@example.jp`,
  password: "correct horse battery staple",
  returnTo,
});

/** Signs up and opens the link, as the mail job and the person would (the token is set here, not mailed). */
async function signUpAndConfirm(returnTo: unknown) {
  await reset(signupIpKey("127.0.0.9"));
  const f = form(returnTo);
  expect(await requestSignUp("COMPANY", f, "127.0.0.9")).toEqual({ ok: true });
  const token = randomBytes(32).toString("base64url");
  await db.signupRequest.updateMany({ where: { email: f.email }, data: { tokenHash: tokenHashOf(token) } });
  return confirmSignUp({ token });
}

describe("the return path of a company sign-up", () => {
  it("comes back with the account: the interest form of the challenge, with its source", async () => {
    const back = "/challenges/cm123abc/interest?src=alert";
    expect(await signUpAndConfirm(back)).toEqual({ ok: true, kind: "COMPANY", status: "ACTIVE", returnTo: back });
  });

  it("never leads off the site, and junk is simply no return path", async () => {
    for (const evil of ["//evil.example/x", "/\t/evil.example", "javascript:alert(1)", "/signin?x=1", 42, { a: 1 }]) {
      const r = await signUpAndConfirm(evil);
      expect(r).toEqual({ ok: true, kind: "COMPANY", status: "ACTIVE" });
    }
    // An absolute URL keeps only its path on this site (as NextAuth's callback URLs do).
    expect(await signUpAndConfirm("https://evil.example/challenges/x/interest")).toMatchObject({
      returnTo: "/challenges/x/interest",
    });
  });

  it("a sign-up without one works as before", async () => {
    expect(await signUpAndConfirm(undefined)).toEqual({ ok: true, kind: "COMPANY", status: "ACTIVE" });
  });
});
