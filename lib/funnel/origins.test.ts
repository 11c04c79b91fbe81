import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, uid } from "@/tests/fixtures/factories";
import { buildFunnelCsv } from "./export";
import { getFunnelBreakdown, getFunnelDashboard } from "./queries";
import { parseCsvParams } from "./schema";
import { staffOf } from "./test-fixture";

// The funnel by department and by origin (issue 17 §3), in a town of its own. Hand-counted:
//   課題 (interest, direct inquiry): 3 matches — #1 商談 (dept 窓口), #2 興味表明, #3 見送り from マッチング
//   庁内課題募集 (challenge made from an answer): 2 — #4 事業化検討 (dept 窓口), #5 マッチング (dept 窓口)
//   民間提案: 1 — #6 商談 (dept 福祉)
//   紹介: 1 — #7 事業化・予算化
let town: { id: string; name: string };
let dept: { 窓口: string; 福祉: string };
const counts = (r?: { total: number; reached: number[]; declined: number }) =>
  r && { total: r.total, reached: r.reached, declined: r.declined };

beforeAll(async () => {
  const id = uid();
  town = await db.organization.create({ data: { kind: "MUNICIPALITY", name: `流入町-${id}`, prefectureCode: "17" } });
  const company = await db.organization.create({ data: { kind: "COMPANY", name: `流入株式会社-${id}` } });
  dept = {
    窓口: (await db.department.create({ data: { organizationId: town.id, name: `窓口課-${id}` } })).id,
    福祉: (await db.department.create({ data: { organizationId: town.id, name: `福祉課-${id}` } })).id,
  };
  const author = await staffOf(town, "ACTIVE");
  const challenge = (title: string) =>
    db.challenge.create({
      data: { kind: "CONSULTATION", title, situation: "x", municipalityId: town.id, authorId: author.id },
    });
  const plain = await challenge(`課題-${id}`);
  const fromCall = await challenge(`募集から-${id}`);
  const call = await db.themeCall.create({
    data: { municipalityId: town.id, title: `募集-${id}`, deadline: new Date("2026-12-31") },
  });
  await db.themeCallAnswer.create({
    data: { callId: call.id, departmentId: dept.窓口, trouble: "x", challengeId: fromCall.id, status: "CHALLENGE" },
  });
  const specs = [
    { origin: "INTEREST", stage: "MEETING", max: 2, challengeId: plain.id, departmentId: dept.窓口 },
    { origin: "DIRECT_INQUIRY", stage: "INTEREST", max: 0 },
    { origin: "INTEREST", stage: "DECLINED", max: 1, challengeId: plain.id },
    { origin: "INTEREST", stage: "FEASIBILITY", max: 3, challengeId: fromCall.id, departmentId: dept.窓口 },
    { origin: "INTEREST", stage: "MATCHING", max: 1, challengeId: fromCall.id, departmentId: dept.窓口 },
    { origin: "PROPOSAL", stage: "MEETING", max: 2, departmentId: dept.福祉 },
    { origin: "INTRODUCTION", stage: "BUDGETED", max: 4, challengeId: fromCall.id },
  ] as const;
  for (const s of specs)
    await db.match.create({
      data: {
        origin: s.origin,
        stage: s.stage,
        maxStageRank: s.max,
        municipalityId: town.id,
        companyId: company.id,
        challengeId: "challengeId" in s ? s.challengeId : null,
        departmentId: "departmentId" in s ? s.departmentId : null,
      },
    });
});

describe("funnel by origin", () => {
  it("課題 / 庁内課題募集 / 民間提案 / 紹介, an introduction on a call's challenge counted as 紹介", async () => {
    const rows = await getFunnelBreakdown({ kind: "municipality", municipalityId: town.id }, {}, "origin");
    const by = Object.fromEntries(rows.map((r) => [r.key, counts(r)]));
    expect(by).toEqual({
      CHALLENGE: { total: 3, reached: [3, 2, 1, 0, 0], declined: 1 },
      THEME_CALL: { total: 2, reached: [2, 2, 1, 1, 0], declined: 0 },
      PROPOSAL: { total: 1, reached: [1, 1, 1, 0, 0], declined: 0 },
      INTRODUCTION: { total: 1, reached: [1, 1, 1, 1, 1], declined: 0 },
    });
    expect(rows.map((r) => r.key)).toEqual(["CHALLENGE", "THEME_CALL", "INTRODUCTION", "PROPOSAL"]);
  });

  it("by department: 窓口 3, 福祉 1, 部署未設定 3", async () => {
    const rows = await getFunnelBreakdown({ kind: "municipality", municipalityId: town.id }, {}, "department");
    const by = Object.fromEntries(rows.map((r) => [r.key, counts(r)]));
    expect(by).toEqual({
      [dept.窓口]: { total: 3, reached: [3, 3, 2, 1, 0], declined: 0 },
      [dept.福祉]: { total: 1, reached: [1, 1, 1, 0, 0], declined: 0 },
      null: { total: 3, reached: [3, 2, 1, 1, 1], declined: 1 },
    });
  });

  it("staff see their own town's breakdowns only; another town's staff see none of these rows", async () => {
    const own = await getFunnelDashboard(await staffOf(town, "ACTIVE"), { municipality: "ignored" });
    expect(own!.breakdowns.origin.reduce((n, r) => n + r.total, 0)).toBe(7);
    const elsewhere = await getFunnelDashboard(await createUser({ role: "MUNICIPAL_STAFF" }), {});
    const keys = elsewhere!.breakdowns.department.map((r) => r.key);
    expect(keys).not.toContain(dept.窓口);
    expect(keys).not.toContain(dept.福祉);
  });

  it("CSV: part=origins and part=departments, Japanese labels", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const csv = await buildFunnelCsv(coordinator, parseCsvParams({ municipality: town.id, part: "origins" }));
    const lines = csv!.body.split("\r\n");
    expect(lines.slice(1, -1).map((l) => l.split(",").slice(0, 4).join(","))).toEqual([
      "流入経路別（課題・庁内課題募集・民間提案・紹介）,課題,,3",
      "流入経路別（課題・庁内課題募集・民間提案・紹介）,庁内課題募集,,2",
      "流入経路別（課題・庁内課題募集・民間提案・紹介）,紹介,,1",
      "流入経路別（課題・庁内課題募集・民間提案・紹介）,民間提案,,1",
    ]);
    expect(csv!.filename).toContain("流入経路別");
    const depts = await buildFunnelCsv(coordinator, parseCsvParams({ municipality: town.id, part: "departments" }));
    expect(depts!.body).toContain(`窓口課-`);
    expect(depts!.body).toContain("部署未設定");
    expect(parseCsvParams({ part: "origin" }).part).toBe("origin");
    expect(parseCsvParams({ part: "nope" }).part).toBe("all");
  });
});
