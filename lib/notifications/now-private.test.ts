// Issue 16 §3: the label a company sees for a challenge made private since it showed interest comes from
// the messages, in the reader's language (the page's in the centre, User.locale in e-mail and the
// export). The redaction rule itself is the state-change matrix's (tests/unit/state-change-matrix.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { acceptInterest, declineInterest } from "@/lib/interests/decisions";
import { expressInterest } from "@/lib/interests/mutations";
import { createChallenge } from "@/lib/interests/test-helpers";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { moveMatch } from "@/lib/matches/mutations";
import { exportMyData } from "@/lib/privacy/queries";
import { createUser, uid } from "@/tests/fixtures/factories";
import { mailSinkForFile } from "@/tests/fixtures/mail-sink";
import { deliverImmediate } from "./delivery";
import { saveReaderLocale } from "./mutations";
import { listNotifications } from "./queries";

const LABEL_EN = "A challenge that is now private";
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const sink = mailSinkForFile();
let staff: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  await getBoss();
});
afterAll(() => stopBoss());

/** An English-reading company member whose company showed interest in a public challenge. */
async function interested() {
  const title = `Smart lock ${uid()}`;
  const c = await createChallenge(staff, { title });
  const member = await createUser({ role: "COMPANY_MEMBER", orgName: `Acme ${uid()}` });
  await saveReaderLocale(member, "en");
  await expressInterest(member, { challengeId: c.id, answers: [] });
  const interest = await db.interest.findFirstOrThrow({
    where: { challengeId: c.id, companyId: member.organizationId! },
  });
  const makePrivate = () => db.challenge.update({ where: { id: c.id }, data: { kind: "PRIVATE_CONSULTATION" } });
  return { c, title, member, interest, makePrivate };
}

describe("a challenge made private is named in the reader's language", () => {
  it("centre, immediate e-mail and export: the English label, never the title", async () => {
    const { title, member, interest, makePrivate } = await interested();
    await acceptInterest(staff, interest.id);
    await makePrivate();

    const en = (await listNotifications(member, { locale: "en" })).items;
    expect(en.map((n) => n.title)).toContain(`A notice about “${LABEL_EN}”`);
    const ja = (await listNotifications(member, { locale: "ja" })).items;
    expect(ja.map((n) => n.title)).toContain("「非公開になった課題」についてのお知らせ");
    expect(JSON.stringify([en, ja])).not.toContain(title);

    const notice = await db.notification.findFirstOrThrow({ where: { userId: member.id, type: "INTEREST_ACCEPTED" } });
    await deliverImmediate([notice.id]);
    const [mail] = await sink.mails();
    expect(mail.subject).toBe(`[Kyoso Hub] A notice about “${LABEL_EN}”`);
    expect(`${mail.text}${mail.html}`).not.toContain(title);
    expect(mail.text!.replace(/Dear .*,/, "")).not.toMatch(JAPANESE);

    const data = await exportMyData(member);
    expect(data.interestsSent.map((i) => i.challenge.title)).toEqual([LABEL_EN]);
    expect(data.messagesWritten).toEqual([]);
    expect(data.notifications.map((n) => n.title)).toContain(`A notice about “${LABEL_EN}”`);
    expect(JSON.stringify(data)).not.toContain(title);
  });

  it("a decline after the change names the label in each reader's language", async () => {
    const { title, member, interest, makePrivate } = await interested();
    await makePrivate();
    await declineInterest(staff, { id: interest.id });
    const [stored] = await db.notification.findMany({ where: { userId: member.id, type: "INTEREST_DECLINED" } });
    expect(stored.title).toBe(`“${LABEL_EN}”: the municipality decided not to go ahead this time`);
    const ja = (await listNotifications(member, { locale: "ja" })).items.map((n) => n.title);
    expect(ja).toContain("「非公開になった課題」について、今回はご縁がありませんでした");
    expect(JSON.stringify(stored)).not.toContain(title);
  });

  it("the batched stage e-mail names the label in English, not the match's subject", async () => {
    const { title, member, interest, makePrivate } = await interested();
    await acceptInterest(staff, interest.id);
    await makePrivate();
    const match = await db.match.findUniqueOrThrow({ where: { interestId: interest.id } });
    const coordinator = await createUser({ role: "COORDINATOR" });
    await moveMatch(coordinator, { id: match.id, to: "MEETING", expectedVersion: match.version });
    sink.clear();
    await runJob("match.stage-mail", { matchId: match.id });
    const [mail] = await sink.mails(member.email);
    expect(mail.subject).toBe(`[Kyoso Hub] Progress of “${LABEL_EN}”: Meeting`);
    expect(`${mail.text}${mail.html}`).not.toContain(title);
  });
});
