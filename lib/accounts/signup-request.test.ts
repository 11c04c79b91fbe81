// Issue 15 F6: sign-up must not say whether an address is registered, and must be throttled. Called
// through the real server actions (as a form does), against the real database and an SMTP sink.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { jobsFor } from "@/lib/notifications/test-support";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { confirmSignUpAction, signUpCompanyAction, signUpStaffAction } from "./actions";
import { SIGNUP_EMAIL_LIMIT, SIGNUP_IP_LIMIT, signupIpKey } from "./signup-limits";
import { requestSignUp } from "./signup-request";

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

const PASSWORD = "correct horse battery staple";
// Outside a request the actions see no headers, so every call here comes from the address "unknown".
const ACTION_IP = signupIpKey("unknown");
const THROTTLED = /分ほど待ってからもう一度お試しください/;

let sink: MailSink;
beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
});
afterAll(async () => {
  closeTransport();
  await sink.stop();
  await stopBoss();
});
beforeEach(async () => {
  sink.clear();
  await reset(ACTION_IP);
});

const company = (email: string) => ({
  companyName: `株式会社列挙 ${uid()}`,
  name: "山田 太郎",
  email,
  password: PASSWORD,
});

/** Runs the queued sign-up mail jobs for `key = value` as the worker would; returns the mails the sink got. */
async function deliver(key: "userId" | "requestId", value: string) {
  const jobs = await db.$queryRawUnsafe<{ data: { kind: "confirm" | "existing" } }[]>(
    `SELECT data FROM pgboss.job WHERE name = 'account.signup-mail' AND data->>$1 = $2`,
    key,
    value,
  );
  for (const j of jobs) await runJob("account.signup-mail", j.data as never);
  return Promise.all(sink.messages.map((m) => sink.parse(m)));
}

describe("sign-up answers alike for a new and a registered address", () => {
  it("company: same answer, the registered account untouched, its owner mailed", async () => {
    const owner = await createUser({ role: "COMPANY_MEMBER" });
    const before = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    const fresh = await signUpCompanyAction(company(`new-${uid()}@example.jp`));
    const taken = await signUpCompanyAction(company(owner.email));
    expect(taken).toEqual(fresh);
    expect(taken).toEqual({ ok: true, data: { ok: true } });

    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(before);
    expect(await db.membership.count({ where: { userId: owner.id } })).toBe(1);
    expect(await db.signupRequest.count({ where: { email: owner.email } })).toBe(0);

    expect(await jobsFor("account.signup-mail", "userId", owner.id)).toHaveLength(1);
    const mails = await deliver("userId", owner.id);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toMatchObject({ text: owner.email });
    expect(mails[0].subject).toContain("このメールアドレスで登録のお申し込みがありました");
    expect(mails[0].text).toContain("/signin");
  });

  it("staff: same answer for a registered address, and no user, request or department appears", async () => {
    const kaga = await getMunicipality("172065");
    const owner = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
    const dept = `列挙課 ${uid()}`;
    const form = (email: string) => ({
      name: "加賀 太郎",
      email,
      password: PASSWORD,
      municipalityId: kaga.id,
      departmentName: dept,
    });
    const fresh = await signUpStaffAction(form(`new-${uid()}@city.kaga.lg.jp`));
    const taken = await signUpStaffAction(form(owner.email));
    expect(taken).toEqual(fresh);
    expect(await db.signupRequest.count({ where: { email: owner.email } })).toBe(0);
    expect(await db.department.count({ where: { name: dept } })).toBe(0);
    expect(await jobsFor("account.signup-mail", "userId", owner.id)).toHaveLength(1);
  });

  it("a new address gets a link; the account exists only once it is confirmed, and the link works once", async () => {
    const email = `link-${uid()}@example.jp`;
    await signUpCompanyAction(company(email));
    expect(await db.user.count({ where: { email } })).toBe(0);
    const request = await db.signupRequest.findFirstOrThrow({ where: { email } });
    expect(request.tokenHash).toBeNull();
    const [mail] = await deliver("requestId", request.id);
    const token = /\/signup\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")?.[1];
    expect(token).toBeDefined();
    // Two clicks at once create one account.
    const [a, b] = await Promise.all([confirmSignUpAction({ token }), confirmSignUpAction({ token })]);
    expect([a, b]).toContainEqual({ ok: true, data: { ok: true, kind: "COMPANY", status: "ACTIVE" } });
    expect([a, b]).toContainEqual({ ok: true, data: { ok: false, reason: "invalid_link" } });
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.signupRequest.count({ where: { email } })).toBe(0);
  });

  it("an expired link creates nothing", async () => {
    const email = `old-${uid()}@example.jp`;
    await signUpCompanyAction(company(email));
    const request = await db.signupRequest.findFirstOrThrow({ where: { email } });
    const [mail] = await deliver("requestId", request.id);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "")![1];
    await db.signupRequest.update({ where: { id: request.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmSignUpAction({ token })).toEqual({ ok: true, data: { ok: false, reason: "invalid_link" } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("sign-up is throttled, and a parallel burst cannot pass the limit", () => {
  it(`per client address: 25 at once with different e-mails, at most ${SIGNUP_IP_LIMIT.max} accepted`, async () => {
    const tag = uid();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => signUpCompanyAction(company(`burst-${tag}-${i}@example.jp`))),
    );
    const accepted = results.filter((r) => r.ok && r.data.ok).length;
    expect(accepted).toBe(SIGNUP_IP_LIMIT.max);
    for (const r of results.filter((r) => !(r.ok && r.data.ok)))
      expect(r.ok && !r.data.ok && r.data.formError).toMatch(THROTTLED);
    expect(await db.signupRequest.count({ where: { email: { startsWith: `burst-${tag}-` } } })).toBe(accepted);
  });

  it(`per e-mail: 25 at once from different addresses, at most ${SIGNUP_EMAIL_LIMIT.max} accepted`, async () => {
    const email = `bomb-${uid()}@example.jp`;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => requestSignUp("COMPANY", company(email), `10.15.${i}.1`)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(SIGNUP_EMAIL_LIMIT.max);
    expect(await db.signupRequest.count({ where: { email } })).toBe(SIGNUP_EMAIL_LIMIT.max);
  });

  it("a form refused for a breached password sends nothing and costs no place", async () => {
    const email = `weak-${uid()}@example.jp`;
    for (let i = 0; i < SIGNUP_EMAIL_LIMIT.max + 2; i++)
      expect(
        await requestSignUp("COMPANY", { ...company(email), password: "1qaz2wsx3edc4rfv" }, "10.17.0.1"),
      ).toMatchObject({
        ok: false,
        fieldErrors: { password: [expect.any(String)] },
      });
    expect(await requestSignUp("COMPANY", company(email), "10.17.0.1")).toEqual({ ok: true });
  });

  it("a registered address is throttled exactly like a new one", async () => {
    const owner = await createUser({ role: "COMPANY_MEMBER" });
    const fresh = `fresh-${uid()}@example.jp`;
    const run = (email: string) =>
      Promise.all(Array.from({ length: 5 }, (_, i) => requestSignUp("COMPANY", company(email), `10.16.${i}.1`)));
    const [a, b] = [await run(owner.email), await run(fresh)];
    expect(a.map((r) => r.ok).sort()).toEqual(b.map((r) => r.ok).sort());
    expect(await jobsFor("account.signup-mail", "userId", owner.id)).toHaveLength(SIGNUP_EMAIL_LIMIT.max);
  });
});
