// Issue 16 §4: the applicant hears the decision. Real database, real job handler, real SMTP sink.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { rejectedMail } from "@/lib/mail/approval-templates";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { emailJobsContaining } from "@/lib/notifications/test-support";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { reviewStaff, signUpStaff } from "./mutations";
import { signupIpKey, tokenHashOf } from "./signup-limits";
import { confirmSignUp, requestSignUp } from "./signup-request";

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
beforeEach(() => sink.clear());

async function applicant(locale = "ja") {
  const kaga = await getMunicipality("172065");
  const email = `review-${uid()}@city.kaga.lg.jp`;
  const r = await signUpStaff({ name: "加賀 申請", email, password: "long-enough-password", municipalityId: kaga.id });
  if (!r.ok) throw new Error("sign-up failed");
  if (locale !== "ja") await db.user.update({ where: { id: r.userId }, data: { locale } });
  return { userId: r.userId, email };
}

const reviewJobs = (userId: string) =>
  db.$queryRawUnsafe<{ data: unknown }[]>(
    `SELECT data FROM pgboss.job WHERE name = 'account.review-mail' AND data->>'userId' = $1`,
    userId,
  );

/** Runs the applicant's queued review-mail jobs as the worker would; returns the parsed mails the sink got. */
async function deliver(userId: string) {
  for (const j of await reviewJobs(userId)) await runJob("account.review-mail", j.data);
  return Promise.all(sink.messages.map((m) => sink.parse(m)));
}

describe("approval", () => {
  it("mails the applicant once in Japanese and leaves a notice that sends no second mail", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const { userId, email } = await applicant();
    await reviewStaff(coordinator, { userId, decision: "APPROVE" });

    const mails = await deliver(userId);
    expect(mails).toHaveLength(1);
    expect(sink.messages[0].to).toEqual([email]);
    expect(mails[0].subject).toBe("【Kyoso Hub】アカウントが承認されました");
    expect(mails[0].text).toContain("加賀 申請 様");
    expect(mails[0].text).toMatch(/https?:\/\/\S+\/dashboard/);

    const notices = await db.notification.findMany({ where: { userId } });
    expect(notices).toMatchObject([
      { type: "ACCOUNT_APPROVED", title: "アカウントが承認されました", url: "/dashboard" },
    ]);
    expect(notices[0].readAt).toBeNull();
    expect(await emailJobsContaining(notices[0].id)).toHaveLength(0);
  });

  it("speaks English to an applicant whose locale is en, mail and notice alike", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const { userId } = await applicant("en");
    await reviewStaff(coordinator, { userId, decision: "APPROVE" });
    const [mail] = await deliver(userId);
    expect(mail.subject).toBe("【Kyoso Hub】Your account has been approved");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).not.toMatch(/[ぁ-んァ-ン]/);
    const notice = await db.notification.findFirstOrThrow({ where: { userId } });
    expect(notice.title).toBe("Your account has been approved");
  });

  it("uses the language the applicant confirmed their sign-up in", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const kaga = await getMunicipality("172065");
    const email = `review-en-${uid()}@city.kaga.lg.jp`;
    await reset(signupIpKey("127.0.0.16"));
    const form = { name: "Kaga Applicant", email, password: "long-enough-password", municipalityId: kaga.id };
    expect(await requestSignUp("STAFF", form, "127.0.0.16")).toEqual({ ok: true });
    // The token is set here, as the sign-up mail job would (its own mail is not this test's subject).
    const token = randomBytes(32).toString("base64url");
    await db.signupRequest.updateMany({ where: { email }, data: { tokenHash: tokenHashOf(token) } });
    expect(await confirmSignUp({ token }, "en")).toMatchObject({ ok: true, status: "PENDING" });
    const { id: userId, locale } = await db.user.findUniqueOrThrow({ where: { email } });
    expect(locale).toBe("en");
    sink.clear();
    await reviewStaff(coordinator, { userId, decision: "APPROVE" });
    const [mail] = await deliver(userId);
    expect(mail.subject).toBe("【Kyoso Hub】Your account has been approved");
  });

  it("sends nothing when the account was suspended or deleted before the worker ran", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const [suspended, deleted] = [await applicant(), await applicant()];
    await reviewStaff(coordinator, { userId: suspended.userId, decision: "APPROVE" });
    await reviewStaff(coordinator, { userId: deleted.userId, decision: "APPROVE" });
    await db.user.update({ where: { id: suspended.userId }, data: { status: "SUSPENDED" } });
    await db.user.update({ where: { id: deleted.userId }, data: { deletedAt: new Date() } });
    expect(await deliver(suspended.userId)).toHaveLength(0);
    expect(await deliver(deleted.userId)).toHaveLength(0);
  });
});

describe("rejection", () => {
  it("mails the reviewer's reason; no notice, since the applicant cannot sign in", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { userId } = await applicant();
    await reviewStaff(admin, {
      userId,
      decision: "REJECT",
      reason: "在籍を確認できませんでした。\n部署名をご確認ください。",
    });
    const [mail, ...more] = await deliver(userId);
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe("【Kyoso Hub】アカウントのお申し込みについて");
    expect(mail.text).toContain("今回は承認できませんでした");
    expect(mail.text).toContain("> 在籍を確認できませんでした。\n> 部署名をご確認ください。");
    expect(mail.html).toContain("在籍を確認できませんでした。");
    expect(await db.notification.count({ where: { userId } })).toBe(0);
  });

  it("says that no reason was given when there is none (English)", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { userId } = await applicant("en");
    await reviewStaff(admin, { userId, decision: "REJECT" });
    const [mail] = await deliver(userId);
    expect(mail.subject).toBe("【Kyoso Hub】About your account application");
    expect(mail.text).toContain("No reason was given.");
  });

  it("a hostile reason stays text: no markup, no headers, no hidden reordering, one recipient", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { userId, email } = await applicant();
    const reason =
      '<script>alert(1)</script><a href="https://evil.example/">ログイン</a>\u202Egpj.exe\r\nBcc: victim@example.jp\u0000\u200B';
    await reviewStaff(admin, { userId, decision: "REJECT", reason });
    const [mail] = await deliver(userId);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].to).toEqual([email]);
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.html).not.toContain("<script");
    expect(mail.html).not.toContain('href="https://evil.example/');
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(`${mail.html}${mail.text}`).not.toMatch(/[\u0000\u200B\u202E]/);
    expect(mail.text).toContain("> Bcc: victim@example.jp");
    expect(mail.subject).toBe("【Kyoso Hub】アカウントのお申し込みについて");
  });

  it("any reason adds no tag to the HTML part and no invisible character to either part", () => {
    const tags = (html: string) => (html.match(/<[^>]*>/g) ?? []).filter((t) => t !== "<br>");
    const base = tags(rejectedMail({ locale: "ja", name: "n", reason: "x" }).html);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), fc.string({ maxLength: 80 }), (reason, name) => {
        const mail = rejectedMail({ locale: "ja", name: name || "n", reason });
        expect(tags(mail.html)).toEqual(base);
        expect(`${mail.html}${mail.text}`).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/);
        expect(mail.subject).toBe("【Kyoso Hub】アカウントのお申し込みについて");
      }),
      { numRuns: 100 },
    );
  });
});

describe("two reviewers at once", () => {
  it("of ten simultaneous decisions one wins: one job, one mail, at most one notice", async () => {
    const reviewers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createUser({ role: i % 2 ? "ADMIN" : "COORDINATOR" })),
    );
    const { userId, email } = await applicant();
    const results = await Promise.allSettled(
      reviewers.map((r, i) =>
        reviewStaff(r, { userId, decision: i % 3 ? "APPROVE" : "REJECT", reason: i % 3 ? undefined : `理由 ${i}` }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r.reason as { code: string }).code)).toEqual(
      Array(9).fill("CONFLICT"),
    );
    expect(await reviewJobs(userId)).toHaveLength(1);
    const mails = await deliver(userId);
    expect(mails).toHaveLength(1);
    expect(sink.messages[0].to).toEqual([email]);
    const approved = (won[0] as PromiseFulfilledResult<{ status: string }>).value.status === "ACTIVE";
    expect(await db.notification.count({ where: { userId } })).toBe(approved ? 1 : 0);
    expect(await db.auditLog.count({ where: { targetId: userId } })).toBe(1);
  });
});
