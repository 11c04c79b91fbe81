import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";
import { jst, proposalIn, proposingCompany } from "./overdue-fixtures";
import { getPublicLog, publicLogPath, shown } from "./public-log";
import { saveDeskSettings } from "./settings";

// 北見市 (012084): no other test file writes proposals or settings there.
const LG = "012084";
let desk: SessionUser;
let company: SessionUser;
let town: string;
const NOW = jst("2027-06-01T12:00:00"); // FY2027

beforeAll(async () => {
  desk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, isDesk: true });
  company = await proposingCompany();
  town = (await getMunicipality(LG)).id;
  const add = (createdAt: Date, data: Parameters<typeof proposalIn>[2] = {}) =>
    proposalIn(town, company.organizationId!, { createdAt, statusChangedAt: createdAt, ...data });
  // FY2026 (2026-04-01 … 2027-03-31 JST): 7 received, 5 routed, 4 adopted, 2 declined, 1 open.
  const fy26 = jst("2027-03-31T23:30:00"); // still FY2026 in Japan (already April 1 nowhere that matters)
  const answered = (days: string) => ({ firstAnsweredAt: jst(days) });
  for (let i = 0; i < 4; i++)
    await add(fy26, { status: "ADOPTED", departmentId: null, ...answered("2027-04-02T10:00:00") });
  await add(fy26, { status: "DECLINED", ...answered("2027-04-05T10:00:00") });
  await add(fy26, { status: "DECLINED" });
  await add(fy26, { status: "ROUTED", ...answered("2027-04-06T10:00:00") });
  await db.proposalEvent.createMany({
    data: (await db.proposal.findMany({ where: { municipalityId: town, status: { not: "DECLINED" } } }))
      .slice(0, 5)
      .map((p) => ({ proposalId: p.id, fromStatus: "RECEIVED" as const, toStatus: "ROUTED" as const })),
  });
  // FY2027: one received, not answered yet.
  await add(jst("2027-04-01T00:30:00"));
});

describe("the public log", () => {
  it("says nothing while the municipality has not turned it on", async () => {
    expect(await getPublicLog(LG, NOW)).toBeNull();
  });

  it("counts per fiscal year and in total, hides 1–2 and what would give them away", async () => {
    await saveDeskSettings(desk, { firstAnswerDays: 10, stepDays: 20, publicLog: true });
    const log = (await getPublicLog(LG, NOW))!;
    expect(await publicLogPath(town)).toBe(`/municipalities/${LG}/proposals`);
    expect(log.municipality).toEqual({ name: "北見市", lgCode: LG });
    expect(log.rows.map((r) => r.fiscalYear)).toEqual([2027, 2026]);
    const [fy27, fy26] = log.rows;
    // FY2026: declined 2 and open 1 are small, shown as 3件未満; adopted 4 would give them away (7 − 4 = 3): hidden.
    expect(fy26).toEqual({
      fiscalYear: 2026,
      received: 7,
      routed: 5,
      adopted: "hidden",
      declined: "small",
      open: "small",
      // 3/31 → 4/2: 4/1, 4/2 = 2 days (×4); → 4/5 (Mon): 3; → 4/6: 4. Mean of six answers = 15/6.
      averageDays: 2.5,
    });
    expect(fy27).toEqual({
      fiscalYear: 2027,
      received: "small",
      routed: 0,
      // 3件未満 received with 0 taken up and 0 declined would say what became of them.
      adopted: "hidden",
      declined: "hidden",
      open: "small",
      averageDays: null,
    });
    // The total's outcomes minus FY2026's would give FY2027's back: hidden while a year hides any.
    expect(log.total).toMatchObject({
      fiscalYear: null,
      received: 8,
      adopted: "hidden",
      declined: "small",
      open: "small",
    });
    // Nothing about a proposal: no title, company or text anywhere in what the page gets.
    const json = JSON.stringify(log);
    expect(json).not.toContain("期限テストの提案");
    expect(json).not.toContain(company.organizationName!);
  });

  it("hides every other outcome of a row where one is small or 受付 is small", () => {
    const r = shown(2026, { received: 12, routed: 9, adopted: 2, declined: 4, open: 6, days: [1, 2] });
    expect(r).toMatchObject({
      received: 12,
      adopted: "small",
      declined: "hidden",
      open: "hidden",
      averageDays: "small",
    });
    // Two small outcomes and one shown would be solvable (5 = 1 + 1 + 3): the shown one is hidden as well.
    expect(shown(2026, { received: 5, routed: 5, adopted: 1, declined: 1, open: 3, days: [] })).toMatchObject({
      adopted: "small",
      declined: "small",
      open: "hidden",
    });
    expect(shown(2026, { received: 9, routed: 9, adopted: 3, declined: 3, open: 3, days: [] })).toMatchObject({
      adopted: 3,
      declined: 3,
      open: 3,
    });
    expect(shown(2026, { received: 0, routed: 0, adopted: 0, declined: 0, open: 0, days: [] })).toMatchObject({
      received: 0,
      averageDays: null,
    });
    expect(shown(null, { received: 9, routed: 3, adopted: 3, declined: 3, open: 3, days: [1, 2, 6] }).averageDays).toBe(
      3,
    );
  });

  it("turned off again: nothing at once; hostile codes are no municipality", async () => {
    await saveDeskSettings(desk, { firstAnswerDays: 10, stepDays: 20, publicLog: false });
    expect(await getPublicLog(LG, NOW)).toBeNull();
    expect(await publicLogPath(town)).toBeNull();
    for (const bad of ["", "\u0000", "%zz", "01208４", "012084\u0000", "x".repeat(10_000_000), "012084' OR 1=1"])
      expect(await getPublicLog(bad, NOW)).toBeNull();
  });
});
