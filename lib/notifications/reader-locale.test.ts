// Notices and e-mail in the READER's locale (User.locale), whoever caused them (issue 16 §3), and the
// coordinators' notices of new interests and approved introductions (§8).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { approveIntroSummary, introduceCompany } from "@/lib/interests/introductions";
import { expressInterest } from "@/lib/interests/mutations";
import { createChallenge } from "@/lib/interests/test-helpers";
import { sendBudgetReminders } from "@/lib/budget-calendar/reminders";
import { makeMatch, municipality } from "@/lib/budget-calendar/test-support";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { moveMatch } from "@/lib/matches/mutations";
import { sendStaleDigest } from "@/lib/matches/stale-digest";
import { companyMemberOf, createTestMatch } from "@/lib/matches/test-helpers";
import { createUser, uid } from "@/tests/fixtures/factories";
import { deliverImmediate, digestFor } from "./delivery";
import { saveReaderLocale } from "./mutations";
import { listNotifications } from "./queries";

let sink: MailSink;
let coordinator: SessionUser; // writes in Japanese: their own locale is ja
let staff: SessionUser;

beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
  coordinator = await createUser({ role: "COORDINATOR" });
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  await getBoss();
});
afterAll(async () => {
  closeTransport();
  await sink.stop();
  await stopBoss();
});
beforeEach(() => sink.clear());

const mailsTo = (u: SessionUser) => Promise.all(sink.messages.filter((m) => m.to.includes(u.email)).map(sink.parse));
const noticesOf = (
  u: SessionUser,
  type?: "INTEREST_RECEIVED" | "INTRODUCTION_APPROVED" | "MATCH_STAGE_CHANGED" | "MATCH_STALE" | "BUDGET_STEP_REMINDER",
) => db.notification.findMany({ where: { userId: u.id, ...(type ? { type } : {}) }, orderBy: { createdAt: "asc" } });
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe("the reader's locale", () => {
  it("a Japanese coordinator's move reaches an English-locale company member in English, a Japanese one in Japanese", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const en = await companyMemberOf(m.companyId);
    const ja = await companyMemberOf(m.companyId);
    await saveReaderLocale(en, "en");
    await moveMatch(coordinator, { id: m.id, to: "MEETING", expectedVersion: 0 });

    const [enNotice] = await noticesOf(en, "MATCH_STAGE_CHANGED");
    const [jaNotice] = await noticesOf(ja, "MATCH_STAGE_CHANGED");
    expect(enNotice.title).toMatch(/moved to “Meeting”$/);
    expect(jaNotice.title).toMatch(/の進み具合が「商談」になりました$/);

    await runJob("match.stage-mail", { matchId: m.id });
    const [enMail] = await mailsTo(en);
    const [jaMail] = await mailsTo(ja);
    expect(enMail.subject).toMatch(/^\[Kyoso Hub\] Progress of “.*”: Meeting$/);
    expect(enMail.text).toContain("Interest → Meeting");
    expect(enMail.text).toContain("Stop these e-mails: ");
    // Only the match's subject (the company's own words) may be Japanese.
    const subject = (enNotice.data as { values: { subject: string } }).values.subject;
    expect(enMail.text!.replaceAll(subject, "").replace(/Dear .*,/, "")).not.toMatch(JAPANESE);
    expect(enMail.html).toContain('lang="en"');
    expect(jaMail.subject).toContain("【Kyoso Hub】");
    expect(jaMail.text).toContain("興味表明 → 商談");
  });

  it("the centre renders a notice again in the page's locale; the immediate mail and the digest use User.locale", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const member = await companyMemberOf(m.companyId);
    await moveMatch(coordinator, { id: m.id, to: "MATCHING", expectedVersion: 0 });
    expect((await listNotifications(member, { locale: "en" })).items[0].title).toMatch(/moved to “Matching”$/);
    expect((await listNotifications(member, { locale: "ja" })).items[0].title).toMatch(/「マッチング」になりました$/);

    // An English coordinator hears of a new interest in English, in the centre and by e-mail.
    const enCoordinator = await createUser({ role: "COORDINATOR" });
    await saveReaderLocale(enCoordinator, "en");
    const c = await createChallenge(staff, { title: `Library hours ${uid()}` });
    const company = await createUser({ role: "COMPANY_MEMBER", orgName: `Acme ${uid()}` });
    await expressInterest(company, { challengeId: c.id, answers: [] });
    const [n] = await noticesOf(enCoordinator, "INTEREST_RECEIVED");
    expect(n.title).toBe(`${company.organizationName} is interested`);
    await deliverImmediate([n.id]);
    const [mail] = await mailsTo(enCoordinator);
    expect(mail.subject).toBe(`[Kyoso Hub] ${company.organizationName} is interested`);
    expect(mail.text).toContain("You have a new notification.");
    expect(mail.text).toContain("Change how you receive e-mail: ");

    const digestReader = await createUser({ role: "COORDINATOR" });
    await saveReaderLocale(digestReader, "en");
    await db.alertPreference.create({
      data: { userId: digestReader.id, emailMode: "DAILY_DIGEST", challengeAlerts: false },
    });
    await expressInterest(await createUser({ role: "COMPANY_MEMBER", orgName: `Beta ${uid()}` }), {
      challengeId: c.id,
      answers: [],
    });
    const digest = await digestFor(digestReader.id);
    expect(digest?.mail.subject).toMatch(/^\[Kyoso Hub\] Today’s notifications \(\d+\)$/);
  });
});

describe("coordinators hear about their matches", () => {
  it("every active coordinator hears of a company's 「興味がある」, with the company and the challenge", async () => {
    const other = await createUser({ role: "COORDINATOR" });
    const suspended = await createUser({ role: "COORDINATOR", status: "SUSPENDED" });
    const c = await createChallenge(staff);
    const company = await createUser({ role: "COMPANY_MEMBER" });
    await expressInterest(company, { challengeId: c.id, answers: [] });
    for (const u of [coordinator, other]) {
      const n = (await noticesOf(u, "INTEREST_RECEIVED")).find((x) => x.body?.includes(c.title));
      if (!n) throw new Error("no notice of this interest");
      expect(n.title).toBe(`${company.organizationName}から「興味がある」が届きました`);
      expect(n.body).toContain(c.title);
      expect(n.url).toBe(`/challenges/${c.id}/interests`);
    }
    expect(await noticesOf(suspended)).toEqual([]);
  });

  it("an approved introduction is told to the coordinator in charge of its match, or to all when nobody active is", async () => {
    const bystander = await createUser({ role: "COORDINATOR" });
    const introducer = await createUser({ role: "COORDINATOR" });
    const c = await createChallenge(staff, { kind: "PRIVATE_CONSULTATION" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const r = await introduceCompany(introducer, {
      challengeId: c.id,
      companyId: company.organizationId!,
      summary: "要約",
    });
    if (!r.ok) throw new Error("expected ok");
    await approveIntroSummary(staff, { id: r.id, summary: "要約（承認）" });
    const [n] = await noticesOf(introducer, "INTRODUCTION_APPROVED");
    const match = await db.match.findUniqueOrThrow({ where: { interestId: r.id } });
    expect(n.title).toContain(`${company.organizationName}の紹介の要約を承認しました`);
    expect(n.url).toBe(`/pipeline/${match.id}`);
    expect(await noticesOf(bystander, "INTRODUCTION_APPROVED")).toEqual([]);

    // The introducer has left (suspended): nobody is in charge, so every active coordinator hears of it.
    const c2 = await createChallenge(staff, { kind: "PRIVATE_CONSULTATION" });
    const r2 = await introduceCompany(introducer, {
      challengeId: c2.id,
      companyId: company.organizationId!,
      summary: "要約",
    });
    if (!r2.ok) throw new Error("expected ok");
    await db.user.update({ where: { id: introducer.id }, data: { status: "SUSPENDED" } });
    await approveIntroSummary(staff, { id: r2.id, summary: "要約" });
    expect(await noticesOf(bystander, "INTRODUCTION_APPROVED")).toHaveLength(1);
    expect(await noticesOf(introducer, "INTRODUCTION_APPROVED")).toHaveLength(1);
  });

  it("a reader who switched language after a notice was written gets it in the new language by e-mail", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const member = await companyMemberOf(m.companyId);
    await db.alertPreference.create({ data: { userId: member.id, emailMode: "DAILY_DIGEST", challengeAlerts: false } });
    await moveMatch(coordinator, { id: m.id, to: "MEETING", expectedVersion: 0 });
    expect((await noticesOf(member, "MATCH_STAGE_CHANGED"))[0].title).toContain("「商談」");
    await saveReaderLocale(member, "en");
    const digest = await digestFor(member.id);
    expect(digest?.mail.text).toMatch(/moved to “Meeting”/);
    expect(digest?.mail.text).not.toContain("「商談」");
  });

  it("the daily 停滞 notice is in the coordinator's own locale", async () => {
    const en = await createUser({ role: "COORDINATOR" });
    await saveReaderLocale(en, "en");
    await makeMatch({
      municipalityId: staff.organizationId!,
      coordinatorId: en.id,
      stage: "MEETING",
      lastActivityAt: new Date(Date.now() - 400 * 86_400_000),
    });
    await sendStaleDigest(new Date());
    const [n] = await noticesOf(en, "MATCH_STALE");
    expect(n.title).toMatch(/^\d+ match(es have| has) stalled$/);
    expect(n.body).toContain("Yours: 1 (Meeting 1)");
    expect(`${n.title}${n.body}`).not.toMatch(JAPANESE);
  });

  it("budget reminders reach an English coordinator in English, in the centre and by e-mail", async () => {
    const en = await createUser({ role: "COORDINATOR" });
    await saveReaderLocale(en, "en");
    // 白山市 is a city: 部内予算案 of FY2096 starts on 2095-08-01. FY2096 is used by no other test.
    const hakusan = await municipality("172103");
    const m = await makeMatch({ municipalityId: hakusan.id, coordinatorId: en.id, targetFiscalYear: 2096 });
    const company = await db.organization.update({ where: { id: m.companyId }, data: { name: `Acme ${uid()}` } });
    await makeMatch({ municipalityId: hakusan.id, coordinatorId: null, targetFiscalYear: 2096 });
    await sendBudgetReminders(new Date("2095-07-20T07:30:00+09:00"));

    const notices = await noticesOf(en, "BUDGET_STEP_REMINDER");
    const mine = notices.find((n) => n.url === `/pipeline/${m.id}`)!;
    expect(mine.title).toBe(`“Department budget draft” is coming up: ${hakusan.name} (from August 1, 2095)`);
    expect(mine.body).toBe(`Company: ${company.name}\nThis match aims at the FY2096 budget.`);
    const summary = notices.find((n) => n.url === "/pipeline/calendar?coordinator=none")!;
    expect(summary.title).toMatch(/^\d+ match(es)? nobody is in charge of (is|are) near a budget step$/);
    for (const n of notices) expect(`${n.title}${n.body}`.replaceAll(hakusan.name, "")).not.toMatch(JAPANESE);

    // The centre renders it again in the page's language; the immediate mail in the reader's.
    const centre = await listNotifications(en, { locale: "ja" });
    expect(centre.items.map((i) => i.title)).toContain(`まもなく「部内予算案」：${hakusan.name}（2095年8月1日から）`);
    expect(centre.items.map((i) => i.body)).toContain(
      `企業：${company.name}\n2096年度（令和78年度）の予算に向けた案件です。`,
    );
    await deliverImmediate([mine.id]);
    const [mail] = await mailsTo(en);
    expect(mail.subject).toBe(`[Kyoso Hub] ${mine.title}`);
    expect(mail.text).toContain("This match aims at the FY2096 budget.");
    expect(mail.text!.replaceAll(hakusan.name, "").replace(/Dear .*,/, "")).not.toMatch(JAPANESE);
  });
});
