import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { acceptInterest } from "@/lib/interests/decisions";
import { approveIntroSummary, introduceCompany } from "@/lib/interests/introductions";
import { expressInterest } from "@/lib/interests/mutations";
import { createChallenge } from "@/lib/interests/test-helpers";
import { postMessage } from "@/lib/threads/mutations";
import { createUser } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";

// A match comes into being with its cause: an accepted interest, an introduction, an answered inquiry.
let staff: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", department: "マッチ生成テスト課" });
  coordinator = await createUser({ role: "COORDINATOR" });
});

const changes = (matchId: string) =>
  db.matchStageChange.findMany({
    where: { matchId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { fromStage: true, toStage: true },
  });

describe("creation hooks", () => {
  it("accepting a company's interest: a match at マッチング with two history rows", async () => {
    const c = await createChallenge(staff);
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const r = await expressInterest(company, { challengeId: c.id, answers: [] });
    if (!r.ok) throw new Error("interest not created");
    expect(await db.match.count({ where: { challengeId: c.id } })).toBe(0);
    await acceptInterest(staff, r.id);
    const m = await db.match.findFirstOrThrow({ where: { challengeId: c.id } });
    expect([m.stage, m.origin, m.maxStageRank, m.companyId]).toEqual([
      "MATCHING",
      "INTEREST",
      1,
      company.organizationId,
    ]);
    expect(m.threadId).not.toBeNull();
    expect((await changes(m.id)).map((x) => [x.fromStage, x.toStage])).toEqual([
      [null, "INTEREST"],
      ["INTEREST", "MATCHING"],
    ]);
  });

  it("an introduction: 興味表明 at once, マッチング when the municipality accepts", async () => {
    const c = await createChallenge(staff, { kind: "PRIVATE_CONSULTATION" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const intro = await introduceCompany(coordinator, {
      challengeId: c.id,
      companyId: company.organizationId!,
      summary: "紹介の要約",
    });
    if (!intro.ok) throw new Error("not introduced");
    let m = await db.match.findFirstOrThrow({ where: { interestId: intro.id } });
    expect([m.stage, m.origin, m.coordinatorId]).toEqual(["INTEREST", "INTRODUCTION", coordinator.id]);
    await approveIntroSummary(staff, { id: intro.id, summary: "紹介の要約（確認済み）" });
    await acceptInterest(staff, intro.id);
    m = await db.match.findFirstOrThrow({ where: { interestId: intro.id } });
    expect([m.stage, m.maxStageRank, m.version]).toEqual(["MATCHING", 1, 1]);
    expect((await changes(m.id)).map((x) => x.toStage)).toEqual(["INTEREST", "MATCHING"]);
  });

  it("a company's first reply in a direct inquiry thread creates the match; later replies do not add one", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const thread = await threadBetween(staff, company);
    await postMessage(staff, { threadId: thread.id, body: "ご相談です", files: [] });
    expect(await db.match.count({ where: { threadId: thread.id } })).toBe(0);
    await postMessage(company, { threadId: thread.id, body: "お返事します", files: [] });
    await postMessage(company, { threadId: thread.id, body: "追伸です", files: [] });
    const ms = await db.match.findMany({ where: { threadId: thread.id } });
    expect(ms.map((m) => [m.stage, m.origin])).toEqual([["MATCHING", "DIRECT_INQUIRY"]]);
    expect(await changes(ms[0].id)).toEqual([{ fromStage: null, toStage: "MATCHING" }]);
  });
});
