// Issue 16 §3: the sign-up confirmation mail is written in the language the form was filled in (the
// language switch's cookie, as lib/i18n/request.ts reads it), and the account created from the link keeps
// it even when the link is opened in a browser that never chose one (a mail app). Through the real server
// actions, the real database and an SMTP sink.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { uid } from "@/tests/fixtures/factories";
import { mailSinkForFile } from "@/tests/fixtures/mail-sink";
import { confirmSignUpAction, signUpCompanyAction } from "./actions";
import { signupIpKey } from "./signup-limits";

const browser = vi.hoisted(() => ({ locale: undefined as string | undefined }));
vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
});
vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => null,
}));
vi.mock("next-intl/server", async (orig) => ({
  ...(await orig<typeof import("next-intl/server")>()),
  getTranslations: async () => (key: string) => key,
}));
// The request's cookies: NEXT_LOCALE is what the language switch sets. No headers, as outside a request.
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  cookies: async () => ({
    get: (name: string) => (name === "NEXT_LOCALE" && browser.locale ? { name, value: browser.locale } : undefined),
  }),
  headers: async () => {
    throw new Error("outside a request");
  },
}));

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const sink = mailSinkForFile();
afterAll(() => stopBoss());
beforeEach(async () => {
  browser.locale = undefined;
  await reset(signupIpKey("unknown"));
});

/** Signs up in the given browser language; returns the confirmation mail the worker sends and its token. */
async function signUpIn(locale: string | undefined, email: string) {
  browser.locale = locale;
  const form = { companyName: `Acme ${uid()}`, name: "Alex Tanaka", email, password: "correct horse battery staple" };
  expect(await signUpCompanyAction(form)).toEqual({ ok: true, data: { ok: true } });
  const request = await db.signupRequest.findFirstOrThrow({ where: { email } });
  await runJob("account.signup-mail", { kind: "confirm", requestId: request.id });
  const [mail] = await sink.mails(email);
  const token = /\/signup\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")?.[1];
  return { request, mail, token };
}

describe("the sign-up confirmation mail and the new account follow the form's language", () => {
  it("an English form: English mail, and the account is English though the link opens without a choice", async () => {
    const email = `en-${uid()}@example.com`;
    const { request, mail, token } = await signUpIn("en", email);
    expect(request.locale).toBe("en");
    expect(mail.subject).toBe("[Kyoso Hub] Confirm your e-mail address");
    expect(mail.text).toContain("Complete registration");
    expect(mail.text).not.toMatch(JAPANESE);
    expect(mail.html).toContain('lang="en"');

    browser.locale = undefined; // the mail app's browser never used the language switch
    expect(await confirmSignUpAction({ token })).toMatchObject({ ok: true, data: { ok: true } });
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { locale: true } })).toEqual({ locale: "en" });
  });

  it("no choice made: Japanese; a language chosen in the confirming browser wins", async () => {
    const email = `ja-${uid()}@example.jp`;
    const { request, mail, token } = await signUpIn(undefined, email);
    expect(request.locale).toBe("ja");
    expect(mail.subject).toContain("【Kyoso Hub】");
    expect(mail.text).toMatch(JAPANESE);

    browser.locale = "en";
    expect(await confirmSignUpAction({ token })).toMatchObject({ ok: true, data: { ok: true } });
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { locale: true } })).toEqual({ locale: "en" });
  });

  it("a forged cookie value is not stored: the form reads as Japanese", async () => {
    const email = `junk-${uid()}@example.jp`;
    const { request, mail } = await signUpIn("xx'; DROP TABLE", email);
    expect(request.locale).toBe("ja");
    expect(mail.text).toMatch(JAPANESE);
  });
});
