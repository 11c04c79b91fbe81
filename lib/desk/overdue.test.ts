import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { sendDigests } from "@/lib/notifications/delivery";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";
import { addBusinessDays } from "./due";
import { overdueProposals } from "./overdue";
import { overdueDigestFor } from "./overdue-digest";
import { jst, proposalIn, proposingCompany } from "./overdue-fixtures";

// 室蘭市 (012050) and 釧路市 (012068): no other test file writes proposals there.
let sink: MailSink;
let deskA: SessionUser;
let deskB: SessionUser;
let staff: SessionUser;
let suspendedDesk: SessionUser;
let otherDesk: SessionUser;
let company: SessionUser;
let municipalityId: string;

const noticesOf = (userId: string, proposalId: string) =>
  db.notification.findMany({ where: { userId, type: "PROPOSAL_OVERDUE", url: `/proposals/${proposalId}` } });

beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
  deskA = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012050", isDesk: true });
  deskB = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012050", isDesk: true });
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012050", department: "市民課" });
  suspendedDesk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012050", isDesk: true, status: "SUSPENDED" });
  otherDesk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012068", isDesk: true });
  company = await proposingCompany();
  municipalityId = (await getMunicipality("012050")).id;
});
afterAll(async () => {
  closeTransport();
  await sink.stop();
  await stopBoss();
});
beforeEach(() => sink.clear());

describe("the daily overdue job", () => {
  it("flags a proposal once its target passed (across Golden Week) to every active desk member, once", async () => {
    const received = jst("2027-04-30T18:00:00");
    const p = await proposalIn(municipalityId, company.organizationId!, {
      createdAt: received,
      statusChangedAt: received,
      dueAt: addBusinessDays(received, 10), // end of 2027-05-19
    });
    await runJob("desk.overdue", { at: jst("2027-05-19T23:00:00").toISOString() });
    expect(await noticesOf(deskA.id, p.id)).toHaveLength(0);

    const at = jst("2027-05-20T07:30:00");
    await runJob("desk.overdue", { at: at.toISOString() });
    for (const u of [deskA, deskB]) {
      const [n, ...more] = await noticesOf(u.id, p.id);
      expect(more).toHaveLength(0);
      expect(n.title).toContain(p.title);
      expect(n.body).toContain(company.organizationName!);
      expect(n.body).toContain("2027年5月19日");
    }
    for (const u of [staff, suspendedDesk, otherDesk]) expect(await noticesOf(u.id, p.id)).toHaveLength(0);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).overdueNotifiedAt).toEqual(at);

    // A retried or repeated job, even after someone cleared the flag by hand, notifies nobody twice.
    await runJob("desk.overdue", { at: at.toISOString() });
    await db.proposal.update({ where: { id: p.id }, data: { overdueNotifiedAt: null } });
    await runJob("desk.overdue", { at: jst("2027-05-21T07:30:00").toISOString() });
    expect(await noticesOf(deskA.id, p.id)).toHaveLength(1);

    const list = await overdueProposals(municipalityId, jst("2027-05-24T09:00:00"));
    const mine = list.find((x) => x.id === p.id)!;
    expect(mine.company).toBe(company.organizationName);
    expect(mine.daysOverdue).toBe(3); // 5/20, 5/21, 5/24 (the weekend does not count)
  });

  it("a proposal answered before the job runs gets no notice; its next step can be flagged when it passes", async () => {
    const received = jst("2027-06-01T10:00:00");
    const p = await proposalIn(municipalityId, company.organizationId!, {
      statusChangedAt: received,
      dueAt: addBusinessDays(received, 10),
    });
    const routedAt = jst("2027-06-14T16:00:00");
    await db.proposal.update({
      where: { id: p.id },
      data: {
        status: "ROUTED",
        statusChangedAt: routedAt,
        firstAnsweredAt: routedAt,
        dueAt: addBusinessDays(routedAt, 20),
      },
    });
    await runJob("desk.overdue", { at: jst("2027-06-20T07:30:00").toISOString() });
    expect(await noticesOf(deskA.id, p.id)).toHaveLength(0);

    await runJob("desk.overdue", { at: jst("2027-07-20T07:30:00").toISOString() });
    expect(await noticesOf(deskA.id, p.id)).toHaveLength(1);
    // Closed proposals are never overdue.
    await db.proposal.update({ where: { id: p.id }, data: { status: "DECLINED", dueAt: null } });
    expect((await overdueProposals(municipalityId, jst("2027-08-01T00:00:00"))).map((x) => x.id)).not.toContain(p.id);
  });
});

describe("the desk's daily digest", () => {
  it("lists overdue proposals to desk members on DAILY_DIGEST only, once a day even when the job is retried", async () => {
    const town = (await getMunicipality("012076")).id; // 帯広市
    const digestDesk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012076", isDesk: true });
    const digestStaff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012076", department: "企画課" });
    const immediateDesk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012076", isDesk: true });
    for (const u of [digestDesk, digestStaff])
      await db.alertPreference.create({ data: { userId: u.id, challengeAlerts: false, emailMode: "DAILY_DIGEST" } });
    const now = new Date();
    const late = await proposalIn(town, company.organizationId!, {
      title: "期限切れ<b>の</b>提案",
      dueAt: new Date(now.getTime() - 8 * 86_400_000),
    });
    await proposalIn(town, company.organizationId!, { dueAt: new Date(now.getTime() + 86_400_000) });

    await sendDigests(now);
    const to = (u: SessionUser) => sink.messages.filter((m) => m.to.includes(u.email));
    expect(to(digestStaff)).toHaveLength(0);
    expect(to(immediateDesk)).toHaveLength(0);
    const [msg] = to(digestDesk);
    const mail = await sink.parse(msg);
    expect(mail.subject).toContain("回答期限を過ぎた提案");
    expect(mail.text).toContain("回答期限を過ぎた提案（1件）");
    expect(mail.text).toContain(company.organizationName!);
    expect(mail.text).toContain(`/proposals/${late.id}`);
    expect(mail.text).toMatch(/（[4-6]営業日超過）/);
    expect(mail.html).toContain("期限切れ&lt;b&gt;の&lt;/b&gt;提案");

    // An English-reading desk member gets the list in English (no raw keys, no Japanese of ours).
    const english = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "012076", isDesk: true });
    await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
    await db.alertPreference.create({
      data: { userId: english.id, challengeAlerts: false, emailMode: "DAILY_DIGEST" },
    });
    const en = (await overdueDigestFor(english.id, now))!.section;
    expect(en.subject).toBe("Proposals past their due date (1)");
    expect(en.text.replace(late.title, "").replace(company.organizationName!, "")).not.toMatch(
      /desk-settings\.|[\u3040-\u30ff\u3400-\u9fff]/,
    );

    // A retried digest job mails nothing new.
    await sendDigests(now);
    expect(to(digestDesk)).toHaveLength(1);

    // Removed from the desk: no more overdue list (the state changed after the relationship existed).
    await db.membership.updateMany({ where: { userId: digestDesk.id }, data: { isDesk: false } });
    await sendDigests(new Date(now.getTime() + 86_400_000));
    expect(to(digestDesk)).toHaveLength(1);
  });
});
