import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { acceptInterest, declineInterest, setSalesOnly } from "./decisions";
import { expressInterest, setScreeningQuestions, withdrawInterest } from "./mutations";
import { listCompanyInterests, listInterestsForChallenge } from "./queries";
import { answersFor, createChallenge } from "./test-helpers";

let staff: SessionUser;
let deptStaff: SessionUser;
let otherStaff: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", department: "興味テスト課" });
  deptStaff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", department: "興味テスト課" });
  otherStaff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" });
  coordinator = await createUser({ role: "COORDINATOR" });
});

describe("screening questions", () => {
  it("replaces the ordered set; only the municipality side may edit", async () => {
    const c = await createChallenge(staff, { questions: ["古い質問"] });
    await setScreeningQuestions(staff, { challengeId: c.id, questions: ["この課題に近い実績は？", "体制は？"] });
    const qs = await db.screeningQuestion.findMany({ where: { challengeId: c.id }, orderBy: { position: "asc" } });
    expect(qs.map((q) => [q.position, q.text])).toEqual([
      [0, "この課題に近い実績は？"],
      [1, "体制は？"],
    ]);
    await expect(setScreeningQuestions(otherStaff, { challengeId: c.id, questions: ["x"] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    await expect(setScreeningQuestions(company, { challengeId: c.id, questions: ["x"] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setScreeningQuestions(coordinator, { challengeId: c.id, questions: [] });
    expect(await db.screeningQuestion.count({ where: { challengeId: c.id } })).toBe(0);
  });
});

describe("「興味がある」", () => {
  it("twenty concurrent clicks create exactly one interest; the rest are told politely", async () => {
    const c = await createChallenge(staff, { questions: ["実績は？"] });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const input = { challengeId: c.id, answers: answersFor(c), message: "よろしくお願いします" };
    const results = await Promise.all(Array.from({ length: 20 }, () => expressInterest(company, input)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "already_interested")).toHaveLength(19);
    const rows = await db.interest.findMany({ where: { challengeId: c.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].answers).toEqual([
      { questionId: c.screeningQuestions[0].id, question: "実績は？", answer: "回答です" },
    ]);
    // author and department staff hear of it, once each (coordinators too: lib/notifications/reader-locale.test.ts)
    const notes = await db.notification.findMany({
      where: { type: "INTEREST_RECEIVED", url: `/challenges/${c.id}/interests`, user: { role: "MUNICIPAL_STAFF" } },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([staff.id, deptStaff.id].sort());
  });

  it("rate limit: limit+1 concurrent interests across challenges create exactly limit rows", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const limit = 3;
    const challenges = await Promise.all(Array.from({ length: limit + 1 }, () => createChallenge(staff)));
    const results = await Promise.all(
      challenges.map((c) => expressInterest(company, { challengeId: c.id, answers: [] }, { dailyLimit: limit })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limit);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(1);
    expect(await db.interest.count({ where: { companyId: company.organizationId! } })).toBe(limit);
  });

  it("withdraw, then re-express reuses the row", async () => {
    const c = await createChallenge(staff, { questions: ["Q1"] });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const r = await expressInterest(company, { challengeId: c.id, answers: answersFor(c, "最初") });
    if (!r.ok) throw new Error("expected ok");
    const stranger = await createUser({ role: "COMPANY_MEMBER" });
    await expect(withdrawInterest(stranger, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await withdrawInterest(company, r.id);
    await expect(withdrawInterest(company, r.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const again = await expressInterest(company, { challengeId: c.id, answers: answersFor(c, "二回目") });
    expect(again).toEqual({ ok: true, id: r.id });
    const row = await db.interest.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe("PENDING");
    expect(row.withdrawnAt).toBeNull();
    expect((row.answers as { answer: string }[])[0].answer).toBe("二回目");
  });

  it("answers must match the current questions", async () => {
    const c = await createChallenge(staff, { questions: ["Q1", "Q2"] });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const r = await expressInterest(company, { challengeId: c.id, answers: answersFor(c).slice(0, 1) });
    expect(r).toEqual({ ok: false, reason: "questions_changed" });
    expect(await db.interest.count({ where: { challengeId: c.id } })).toBe(0);
  });

  it("only company members may express; private and draft challenges are NOT_FOUND", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const pub = await createChallenge(staff);
    await expect(expressInterest(staff, { challengeId: pub.id, answers: [] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(expressInterest(coordinator, { challengeId: pub.id, answers: [] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(expressInterest(null, { challengeId: pub.id, answers: [] })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const priv = await createChallenge(staff, { kind: "PRIVATE_CONSULTATION" });
    const draft = await createChallenge(staff, { status: "DRAFT" });
    const closed = await createChallenge(staff, { status: "CLOSED" });
    for (const c of [priv, draft, closed]) {
      await expect(expressInterest(company, { challengeId: c.id, answers: [] })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await db.interest.count({ where: { companyId: company.organizationId! } })).toBe(0);
  });
});

describe("decisions by the municipality side", () => {
  async function pendingInterest() {
    const c = await createChallenge(staff);
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const r = await expressInterest(company, { challengeId: c.id, answers: [] });
    if (!r.ok) throw new Error("expected ok");
    return { c, company, id: r.id };
  }

  it("accepts: opens an INTEREST thread and tells the company's members", async () => {
    const { c, company, id } = await pendingInterest();
    for (const u of [company, otherStaff, coordinator]) {
      await expect(acceptInterest(u, id)).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
    }
    const { threadId } = await acceptInterest(staff, id);
    await expect(acceptInterest(staff, id)).rejects.toMatchObject({ code: "CONFLICT" });
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread).toMatchObject({
      kind: "INTEREST",
      interestId: id,
      municipalityId: c.municipalityId,
      departmentId: c.departmentId,
      companyId: company.organizationId,
      subject: c.title,
    });
    const note = await db.notification.findFirstOrThrow({ where: { userId: company.id, type: "INTEREST_ACCEPTED" } });
    expect(note.url).toBe(`/messages/${threadId}`);
    const [mine] = await listCompanyInterests(company);
    expect(mine).toMatchObject({ status: "ACCEPTED", threadId });
  });

  it("declines with a reason the company sees", async () => {
    const { company, id } = await pendingInterest();
    await expect(declineInterest(otherStaff, { id, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await declineInterest(staff, { id, reason: "予算の都合で今年度は見送ります" });
    await expect(declineInterest(staff, { id })).rejects.toMatchObject({ code: "CONFLICT" });
    const [mine] = await listCompanyInterests(company);
    expect(mine).toMatchObject({ status: "DECLINED", declineReason: "予算の都合で今年度は見送ります" });
    const note = await db.notification.findFirstOrThrow({ where: { userId: company.id, type: "INTEREST_DECLINED" } });
    expect(note.title).toMatch(/ご縁がありませんでした/);
    expect(note.url).toBe("/interests");
  });

  it("営業目的のみ: flag and unflag keep the company's count in step; coordinators see it", async () => {
    const { c, company, id } = await pendingInterest();
    await expect(setSalesOnly(coordinator, { id, salesOnly: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setSalesOnly(otherStaff, { id, salesOnly: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await Promise.all([setSalesOnly(staff, { id, salesOnly: true }), setSalesOnly(staff, { id, salesOnly: true })]);
    const profile = () => db.companyProfile.findUniqueOrThrow({ where: { organizationId: company.organizationId! } });
    expect((await profile()).salesOnlyCount).toBe(1);
    const forCoordinator = await listInterestsForChallenge(c.id, coordinator);
    expect(forCoordinator?.interests[0]).toMatchObject({ salesOnly: true, company: { salesOnlyCount: 1 } });
    const forStaff = await listInterestsForChallenge(c.id, staff);
    expect(forStaff?.interests[0].company.salesOnlyCount).toBeNull();
    await setSalesOnly(staff, { id, salesOnly: false });
    expect((await profile()).salesOnlyCount).toBe(0);
    expect(await listInterestsForChallenge(c.id, otherStaff)).toBeNull();
    expect(await listInterestsForChallenge(c.id, company)).toBeNull();
  });
});
