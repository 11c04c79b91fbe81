import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { getChallengeForViewer } from "@/lib/challenges/queries";
import { createUser, uid } from "@/tests/fixtures/factories";
import { acceptInterest, declineInterest } from "./decisions";
import { approveIntroSummary, introduceCompany } from "./introductions";
import { companyCanSeeChallenge, getCompanyInterest, getIntroducedChallenge, listCompanyInterests } from "./queries";
import { createChallenge } from "./test-helpers";

let staff: SessionUser;
let otherStaff: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", department: "開示テスト課" });
  otherStaff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" });
  coordinator = await createUser({ role: "COORDINATOR" });
});

const SECRET = `秘密の庁舎跡地 ${uid()}`;

async function setup() {
  const c = await createChallenge(staff, {
    kind: "PRIVATE_CONSULTATION",
    title: SECRET,
    situation: `議会説明前の内容 ${SECRET}`,
  });
  const company = await createUser({ role: "COMPANY_MEMBER" });
  return { c, company };
}

/** Everything a company member could have been told, as one string. */
async function allNotificationText(user: SessionUser) {
  const notes = await db.notification.findMany({ where: { userId: user.id } });
  return notes.map((n) => `${n.title} ${n.body ?? ""} ${n.url}`).join("\n");
}

describe("staged disclosure for private consultations", () => {
  it("before approval: nothing; after approval: the summary only; after acceptance: the full challenge", async () => {
    const { c, company } = await setup();
    // only coordinators introduce, only to private consultations
    await expect(
      introduceCompany(staff, { challengeId: c.id, companyId: company.organizationId!, summary: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const r = await introduceCompany(coordinator, {
      challengeId: c.id,
      companyId: company.organizationId!,
      summary: "駅前の公有地の活用アイデアを募集\n詳細は承諾後に",
    });
    if (!r.ok) throw new Error("expected ok");
    expect(
      await introduceCompany(coordinator, { challengeId: c.id, companyId: company.organizationId!, summary: "again" }),
    ).toEqual({ ok: false, reason: "already_introduced" });

    // 1. before approval
    expect(await listCompanyInterests(company)).toEqual([]);
    expect(await getCompanyInterest(r.id, company)).toBeNull();
    expect(await db.notification.count({ where: { userId: company.id } })).toBe(0);
    expect(await getChallengeForViewer(c.id, company)).toBeNull();
    expect(await companyCanSeeChallenge(company, c.id)).toBe(false);
    // the municipality heard of it
    expect(await db.notification.count({ where: { userId: staff.id, type: "INTRODUCTION" } })).toBeGreaterThan(0);

    // 2. approval (edited) by the municipality side only
    await expect(approveIntroSummary(otherStaff, { id: r.id, summary: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(approveIntroSummary(coordinator, { id: r.id, summary: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(acceptInterest(staff, r.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await approveIntroSummary(staff, {
      id: r.id,
      summary: "公有地の活用について相談したい自治体があります\n規模は約1ha",
    });
    await expect(approveIntroSummary(staff, { id: r.id, summary: "again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [item] = await listCompanyInterests(company);
    expect(item).toMatchObject({
      id: r.id,
      origin: "INTRODUCTION",
      status: "PENDING",
      introSummary: "公有地の活用について相談したい自治体があります\n規模は約1ha",
      challenge: null,
    });
    expect(JSON.stringify(item)).not.toContain(SECRET);
    expect(await getIntroducedChallenge(c.id, company)).toBeNull();
    const text = await allNotificationText(company);
    expect(text).toContain("公有地の活用について相談したい自治体があります");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("規模は約1ha");

    // 3. acceptance: the full challenge opens, through an INTRODUCTION thread
    const { threadId } = await acceptInterest(staff, r.id);
    expect((await db.thread.findUniqueOrThrow({ where: { id: threadId } })).kind).toBe("INTRODUCTION");
    expect(await companyCanSeeChallenge(company, c.id)).toBe(true);
    expect((await getIntroducedChallenge(c.id, company))?.situation).toContain(SECRET);
    const [accepted] = await listCompanyInterests(company);
    expect(accepted.challenge?.title).toBe(SECRET);
    // another company still sees nothing
    const stranger = await createUser({ role: "COMPANY_MEMBER" });
    expect(await companyCanSeeChallenge(stranger, c.id)).toBe(false);
    expect(await getIntroducedChallenge(c.id, stranger)).toBeNull();
  });

  it("a declined introduction never names the private challenge to the company", async () => {
    const { c, company } = await setup();
    const unapproved = await introduceCompany(coordinator, {
      challengeId: c.id,
      companyId: company.organizationId!,
      summary: "未承認の要約",
    });
    if (!unapproved.ok) throw new Error("expected ok");
    await declineInterest(staff, { id: unapproved.id, reason: `理由 ${SECRET}` });
    expect(await db.notification.count({ where: { userId: company.id } })).toBe(0);
    expect(await listCompanyInterests(company)).toEqual([]);

    const other = await createUser({ role: "COMPANY_MEMBER" });
    const r = await introduceCompany(coordinator, {
      challengeId: c.id,
      companyId: other.organizationId!,
      summary: "承認済みの要約",
    });
    if (!r.ok) throw new Error("expected ok");
    await approveIntroSummary(staff, { id: r.id, summary: "承認済みの要約" });
    await declineInterest(staff, { id: r.id });
    const text = await allNotificationText(other);
    expect(text).toContain("承認済みの要約");
    expect(text).toContain("ご縁がありませんでした");
    expect(text).not.toContain(SECRET);
    expect(await companyCanSeeChallenge(other, c.id)).toBe(false);
  });

  it("introductions only go to published private consultations and real companies", async () => {
    const pub = await createChallenge(staff);
    const company = await createUser({ role: "COMPANY_MEMBER" });
    await expect(
      introduceCompany(coordinator, { challengeId: pub.id, companyId: company.organizationId!, summary: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { c } = await setup();
    await expect(
      introduceCompany(coordinator, { challengeId: c.id, companyId: staff.organizationId!, summary: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
