import { beforeAll, describe, expect, it } from "vitest";
import { conversions, feasibilityRate, meetingRate, type BreakdownRow } from "./metrics";
import { getFunnelBreakdown, getFunnelDashboard, type FunnelDashboard } from "./queries";
import { createFunnelFixture, type FunnelFixture } from "./test-fixture";

// Every expected number below was counted by hand from the table in test-fixture.ts (town A):
// #1 興味表明 · #2 #3 マッチング · #4 商談 · #5 事業化検討 · #6 事業化検討 (skipped 商談) · #7 事業化・予算化
// #8 見送り from 興味表明 · #9 見送り from 商談 · #10 見送り from 事業化検討.
let f: FunnelFixture;
let a: FunnelDashboard;
const byKey = (rows: BreakdownRow[], key: string | null) => rows.find((r) => r.key === key);
const counts = (r: { total: number; reached: number[]; declined: number } | undefined) =>
  r && { total: r.total, reached: r.reached, declined: r.declined };

beforeAll(async () => {
  f = await createFunnelFixture();
  a = (await getFunnelDashboard(f.coordA, { municipality: f.townA.id }))!;
});

describe("funnel arithmetic (hand-computed fixture)", () => {
  it("counts reached per stage: skips count as passed, 見送り keeps its furthest stage", () => {
    expect(a.summary).toEqual({ total: 10, reached: [10, 8, 6, 4, 1], declined: 3 });
  });

  it("商談率 6/10, 事業化率 4/10, conversions 8/10 · 6/8 · 4/6 · 1/4", () => {
    expect(meetingRate(a.summary)).toBe(0.6);
    expect(feasibilityRate(a.summary)).toBe(0.4);
    expect(conversions(a.summary)).toEqual([0.8, 0.75, 4 / 6, 0.25]);
  });

  it("counts matches per current stage and 見送り by reason and by furthest stage", () => {
    expect(a.stages).toEqual({ INTEREST: 1, MATCHING: 2, MEETING: 1, FEASIBILITY: 2, BUDGETED: 1, DECLINED: 3 });
    expect(a.declines.byReason.map((r) => [r.reason, r.n]).sort()).toEqual([
      ["CHOSE_OTHER", 1],
      ["NO_BUDGET", 1],
      ["NO_RESPONSE", 1],
    ]);
    expect(a.declines.byRank).toEqual([
      { rank: 0, n: 1 },
      { rank: 2, n: 1 },
      { rank: 3, n: 1 },
    ]);
  });

  it("flag effect: 事業化率 3/5 with 所管部署とMTG済 vs 1/5 without; 4/4 with 事業内容整理済 vs 0/6 without", () => {
    expect(a.flags.metDepartment.with).toEqual({ total: 5, reached: [5, 5, 5, 3, 1], declined: 2 });
    expect(a.flags.metDepartment.without).toEqual({ total: 5, reached: [5, 3, 1, 1, 0], declined: 1 });
    expect(feasibilityRate(a.flags.metDepartment.with)).toBe(0.6);
    expect(feasibilityRate(a.flags.metDepartment.without)).toBe(0.2);
    expect(a.flags.contentOrganized.with).toEqual({ total: 4, reached: [4, 4, 4, 4, 1], declined: 1 });
    expect(a.flags.contentOrganized.without).toEqual({ total: 6, reached: [6, 4, 2, 0, 0], declined: 2 });
  });
});

describe("breakdowns", () => {
  it("by department, with matches without one in the null group; rows sum to the total", () => {
    const d = a.breakdowns.department;
    expect(counts(byKey(d, f.deptX.id))).toEqual({ total: 5, reached: [5, 4, 2, 1, 0], declined: 0 });
    expect(counts(byKey(d, f.deptY.id))).toEqual({ total: 3, reached: [3, 2, 2, 2, 1], declined: 1 });
    expect(counts(byKey(d, null))).toEqual({ total: 2, reached: [2, 2, 2, 1, 0], declined: 2 });
    expect(d.reduce((s, r) => s + r.total, 0)).toBe(10);
    expect(byKey(d, f.deptX.id)?.sub).toBe(f.townA.name);
  });

  it("by theme: once under each theme of the challenge, テーマなし for the rest (sums to 13 > 10)", () => {
    const t = a.breakdowns.theme;
    expect(counts(byKey(t, f.t1.id))).toEqual({ total: 5, reached: [5, 4, 4, 3, 1], declined: 0 });
    expect(counts(byKey(t, f.t2.id))).toEqual({ total: 3, reached: [3, 2, 2, 1, 0], declined: 0 });
    expect(counts(byKey(t, null))).toEqual({ total: 5, reached: [5, 4, 2, 1, 0], declined: 3 });
    expect(t.reduce((s, r) => s + r.total, 0)).toBe(13);
  });

  it("by coordinator, scheme and JST month", () => {
    const c = a.breakdowns.coordinator;
    expect(counts(byKey(c, f.coordA.id))).toEqual({ total: 6, reached: [6, 5, 3, 2, 0], declined: 0 });
    expect(counts(byKey(c, f.coordB.id))).toEqual({ total: 2, reached: [2, 1, 1, 1, 1], declined: 1 });
    expect(counts(byKey(c, null))).toEqual({ total: 2, reached: [2, 2, 2, 1, 0], declined: 2 });
    const s = a.breakdowns.scheme;
    expect(counts(byKey(s, "DEMONSTRATION"))).toEqual({ total: 2, reached: [2, 2, 2, 2, 1], declined: 0 });
    expect(counts(byKey(s, "PROPOSAL"))).toEqual({ total: 1, reached: [1, 1, 1, 1, 0], declined: 1 });
    expect(byKey(s, null)?.total).toBe(7);
    expect(a.breakdowns.month.map((r) => [r.key, r.total, r.reached[2]])).toEqual([
      ["2024-03", 2, 2],
      ["2024-04", 3, 0],
      ["2024-06", 5, 4],
    ]);
  });

  it("by municipality for coordinators", async () => {
    const rows = await getFunnelBreakdown({ kind: "all" }, { municipality: f.townB.id }, "municipality");
    expect(rows.map((r) => [r.key, r.label, r.sub, r.total])).toEqual([[f.townB.id, f.townB.name, "石川県", 3]]);
  });
});

describe("filters", () => {
  it("fiscal year and dates are JST: 2024-04-01 01:00 JST is FY2024, 2024-03-31 23:00 JST is FY2023", async () => {
    const fy23 = await getFunnelDashboard(f.coordA, { municipality: f.townA.id, fy: 2023 });
    const fy24 = await getFunnelDashboard(f.coordA, { municipality: f.townA.id, fy: 2024 });
    const apr1 = await getFunnelDashboard(f.coordA, { municipality: f.townA.id, from: "2024-04-01", to: "2024-04-01" });
    const toMar31 = await getFunnelDashboard(f.coordA, { municipality: f.townA.id, to: "2024-03-31" });
    expect([fy23?.summary.total, fy24?.summary.total, apr1?.summary.total, toMar31?.summary.total]).toEqual([
      2, 8, 3, 2,
    ]);
    expect(a.options.fiscalYears.length).toBeGreaterThan(0);
  });
});

describe("who sees which funnel", () => {
  it("staff of town A see only town A, whatever municipality they ask for, and no other town's coordinators", async () => {
    const s = (await getFunnelDashboard(f.staffA, { municipality: f.townB.id }))!;
    expect(s.scope).toEqual({ kind: "municipality", municipalityId: f.townA.id });
    expect(s.summary).toEqual(a.summary);
    expect(s.breakdowns.municipality).toEqual([]);
    expect(s.options.municipalities).toEqual([]);
    expect(s.breakdowns.coordinator.map((r) => r.key)).not.toContain(f.coordC.id);
  });

  it("staff of town B see town B's three matches only", async () => {
    const s = (await getFunnelDashboard(f.staffB, {}))!;
    expect(s.summary).toEqual({ total: 3, reached: [3, 2, 2, 2, 1], declined: 0 });
    expect(s.breakdowns.coordinator.map((r) => r.key)).toEqual([f.coordC.id]);
  });

  it("admins see every municipality; pending staff, companies and signed-out users see nothing", async () => {
    const admin = (await getFunnelDashboard(f.admin, {}))!;
    expect(admin.options.municipalities.map((m) => m.id)).toEqual(expect.arrayContaining([f.townA.id, f.townB.id]));
    expect(admin.summary.total).toBeGreaterThanOrEqual(13);
    expect(await getFunnelDashboard(f.pendingA, {})).toBeNull();
    expect(await getFunnelDashboard(f.companyUser, {})).toBeNull();
    expect(await getFunnelDashboard(null, {})).toBeNull();
  });
});
