import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { expressInterest } from "@/lib/interests/mutations";
import { expressSchema } from "@/lib/interests/schema";
import { createChallenge, quickCompanyMember } from "@/lib/interests/test-helpers";
import { recordView } from "@/lib/views/record";
import { createUser, uid } from "@/tests/fixtures/factories";
import { buildFunnelCsv, CSV_HEADER } from "./export";
import { getFunnelDashboard } from "./queries";
import type { SourceFunnel } from "./sources";
import { staffOf } from "./test-fixture";

// The views → 「興味がある」 step per source, counted by hand. Two towns of their own (tests share one database).
// Town A: views ALERT 2 (v1 and v2 on 6/10; v1 again the same day is the same view), SEARCH 1 (v1 on 6/11: a new
// day), DIRECT 1, LIST 1; a draft's view is not counted. Interests: ALERT 1, DIRECT 2 (a hostile ?src= and none),
// and one from before sources were recorded.
const JUNE_10 = new Date("2026-06-10T03:00:00Z");
const JUNE_11 = new Date("2026-06-11T03:00:00Z");

let townA: { id: string; name: string };
let townB: { id: string; name: string };
let staffA: SessionUser;
let staffB: SessionUser;
let coord: SessionUser;

const byKey = (s: SourceFunnel) => Object.fromEntries(s.rows.map((r) => [r.source, [r.views, r.interests, r.rate]]));

async function interest(company: SessionUser, challengeId: string, source: unknown) {
  const input = expressSchema.parse({ challengeId, answers: [], ...(source === undefined ? {} : { source }) });
  const r = await expressInterest(company, input);
  if (!r.ok) throw new Error(r.reason);
  await db.interest.update({ where: { id: r.id }, data: { createdAt: JUNE_10 } });
}

beforeAll(async () => {
  const id = uid();
  townA = await db.organization.create({ data: { kind: "MUNICIPALITY", name: `流入町A-${id}`, prefectureCode: "17" } });
  townB = await db.organization.create({ data: { kind: "MUNICIPALITY", name: `流入町B-${id}`, prefectureCode: "17" } });
  staffA = await staffOf(townA, "ACTIVE");
  staffB = await staffOf(townB, "ACTIVE");
  coord = await createUser({ role: "COORDINATOR" });
  const [a1, a2, b1] = [await createChallenge(staffA), await createChallenge(staffA), await createChallenge(staffB)];
  const draft = await createChallenge(staffA, { status: "DRAFT" });
  const view = (
    challengeId: string,
    source: "alert" | "search" | "direct" | "list",
    visitorId: string,
    now = JUNE_10,
  ) => recordView({ challengeId, source, visitorId, now });
  const v = (n: number) => `visitor-${id}-${n}`.padEnd(22, "x").slice(0, 22);
  expect(await view(a1.id, "alert", v(1))).toBe(true);
  expect(await view(a1.id, "direct", v(1))).toBe(false);
  await view(a1.id, "search", v(1), JUNE_11);
  await view(a1.id, "alert", v(2));
  await view(a1.id, "direct", v(3));
  await view(a2.id, "list", v(1));
  expect(await view(draft.id, "alert", v(4))).toBe(false);
  await view(b1.id, "alert", v(5));

  const [c1, c2, c3] = [await quickCompanyMember(), await quickCompanyMember(), await quickCompanyMember()];
  await interest(c1, a1.id, "alert");
  await interest(c2, a1.id, "<script>alert(1)</script>");
  await interest(c3, a2.id, undefined);
  await interest(c1, b1.id, ["alert", "search"]);
  const legacy = await quickCompanyMember();
  await interest(legacy, a2.id, "list");
  await db.interest.updateMany({ where: { companyId: legacy.organizationId! }, data: { source: null } });
});

describe("views → 「興味がある」 per source", () => {
  it("counts distinct visitors per challenge per day and the companies' interests, by source", async () => {
    const d = (await getFunnelDashboard(coord, { municipality: townA.id }))!;
    expect(byKey(d.sources)).toMatchObject({
      ALERT: [2, 1, 0.5],
      SEARCH: [1, 0, 0],
      LIST: [1, 0, 0],
      DIRECT: [1, 2, 2],
      DIGEST: [0, 0, null],
      CASE: [0, 0, null],
      DIRECTORY: [0, 0, null],
      HOME: [0, 0, null],
    });
    expect(d.sources.rows).toHaveLength(8);
    expect(d.sources.total).toMatchObject({ views: 5, interests: 3, rate: 0.6 });
    expect(d.sources.unrecorded).toBe(1);
  });

  it("is scoped like the rest of the funnel: staff see their own municipality whatever the filter says", async () => {
    const a = (await getFunnelDashboard(staffA, { municipality: townB.id }))!;
    expect(a.sources.total).toMatchObject({ views: 5, interests: 3 });
    const b = (await getFunnelDashboard(staffB, { municipality: townA.id }))!;
    expect(byKey(b.sources).ALERT).toEqual([1, 1, 1]);
    expect(b.sources.total).toMatchObject({ views: 1, interests: 1 });
    const all = (await getFunnelDashboard(coord, {}))!;
    expect(all.sources.total.views).toBeGreaterThanOrEqual(6);
    expect(await getFunnelDashboard(await quickCompanyMember(), {})).toBeNull();
  });

  it("follows the date filter: JST days of the view and of the interest", async () => {
    const tenth = (await getFunnelDashboard(coord, { municipality: townA.id, from: "2026-06-10", to: "2026-06-10" }))!;
    expect(tenth.sources.total).toMatchObject({ views: 4, interests: 3 });
    expect(byKey(tenth.sources).SEARCH).toEqual([0, 0, null]);
    const eleventh = (await getFunnelDashboard(coord, { municipality: townA.id, from: "2026-06-11" }))!;
    expect(eleventh.sources.total).toMatchObject({ views: 1, interests: 0 });
    const fy = (await getFunnelDashboard(coord, { municipality: townA.id, fy: 2026, to: "2026-06-10" }))!;
    expect(fy.sources.total).toMatchObject({ views: 4, interests: 3 });
    const before = (await getFunnelDashboard(coord, { municipality: townA.id, fy: 2025 }))!;
    expect(before.sources.total).toMatchObject({ views: 0, interests: 0, rate: null });
  });

  it("is in the CSV: 流入元別 rows with views, interests and the rate in their own columns", async () => {
    const csv = (await buildFunnelCsv(coord, { part: "sources", municipality: townA.id }))!;
    const rows = csv.body
      .slice(1)
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(CSV_HEADER.slice(11, 14)).toEqual(["閲覧（人・日）", "興味がある", "閲覧→興味がある（%）"]);
    const gap = Array(8).fill("");
    expect(rows).toContainEqual(["流入元別", "アラートメール", "", ...gap, "2", "1", "50"]);
    expect(rows).toContainEqual(["流入元別", "直接・外部のリンク", "", ...gap, "1", "2", "200"]);
    expect(rows).toContainEqual(["流入元別", "まとめメール（ダイジェスト）", "", ...gap, "0", "0", ""]);
    expect(rows).toContainEqual(["流入元別", "合計", "", ...gap, "5", "3", "60"]);
    expect(rows).toHaveLength(1 + 9);
    expect(csv.filename).toContain("_流入元別_");
  });
});
