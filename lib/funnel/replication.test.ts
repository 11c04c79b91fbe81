import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { MatchOrigin, MatchStage } from "@/lib/generated/prisma/enums";
import { createUser, uid } from "@/tests/fixtures/factories";
import { buildFunnelCsv, CSV_HEADER } from "./export";
import { getFunnelBreakdown } from "./queries";
import { getReplicationFunnel } from "./replication";
import { parseCsvParams } from "./schema";
import { funnelScopeFor } from "./scope";
import { staffOf } from "./test-fixture";

// The funnel's 横展開 in towns of its own (tests share one database). Hand-counted:
//   town A ran the cases K1 (themes t1, t2), K2 (t1), K3 (no theme), K4 (t2); K4 was only ever a draft elsewhere.
//   town B: published C1 from K1 and C3 from K2 (June 2024), a draft from K4 (not counted);
//           matches M1 (K1, 商談), M2 (K1, 事業化・予算化), M4 (K3 by a proposal, マッチング), M5 (no case: not 横展開).
//   town C: C2 from K1, closed, published 2024-03-31 23:00 JST (FY2023); M3 (K1, 見送り after 事業化検討), same day.
//   town A: a published case written up from its own match MB (t1) and an unpublished one: 生まれた事例 = 1.
const JUN = new Date("2024-06-15T03:00:00Z");
const MAR = new Date("2024-03-31T14:00:00Z");
let A: SessionUser, B: SessionUser, C: SessionUser;
let towns: Record<"A" | "B" | "C", string>;
let t1: { id: string }, t2: { id: string };

beforeAll(async () => {
  const id = uid();
  const town = (n: string) =>
    db.organization.create({ data: { kind: "MUNICIPALITY", name: `横展開町${n}-${id}`, prefectureCode: "17" } });
  const [a, b, c] = [await town("A"), await town("B"), await town("C")];
  towns = { A: a.id, B: b.id, C: c.id };
  [A, B, C] = [await staffOf(a, "ACTIVE"), await staffOf(b, "ACTIVE"), await staffOf(c, "ACTIVE")];
  [t1, t2] = await db.theme.findMany({ orderBy: { sortOrder: "asc" }, take: 2 });
  const company = await db.organization.create({ data: { kind: "COMPANY", name: `横展開社-${id}` } });
  const kase = (n: string, themes: { id: string }[], extra: { matchId?: string; published?: boolean } = {}) =>
    db.case.create({
      data: {
        title: `事例${n}-${id}`,
        summary: "x",
        body: "x",
        municipalityId: a.id,
        scheme: "DEMONSTRATION",
        outcome: "ADOPTED",
        fiscalYear: 2023,
        themes: { connect: themes },
        ...extra,
      },
    });
  const K1 = await kase("1", [t1, t2]);
  const K2 = await kase("2", [t1]);
  const K3 = await kase("3", []);
  const K4 = await kase("4", [t2]);
  const challenge = (
    townId: string,
    author: SessionUser,
    k: { id: string },
    status: "PUBLISHED" | "CLOSED" | "DRAFT",
    at: Date,
  ) =>
    db.challenge.create({
      data: {
        kind: "CONSULTATION",
        status,
        title: `横展開課題-${id}`,
        situation: "x",
        municipalityId: townId,
        authorId: author.id,
        sourceCaseId: k.id,
        publishedAt: status === "DRAFT" ? null : at,
      },
    });
  const C1 = await challenge(b.id, B, K1, "PUBLISHED", JUN);
  const C2 = await challenge(c.id, C, K1, "CLOSED", MAR);
  await challenge(b.id, B, K2, "PUBLISHED", JUN);
  await challenge(b.id, B, K4, "DRAFT", JUN);
  const match = (
    townId: string,
    stage: MatchStage,
    max: number,
    at: Date,
    extra: { sourceCaseId?: string; challengeId?: string; origin?: MatchOrigin } = {},
  ) =>
    db.match.create({
      data: {
        origin: extra.origin ?? "DIRECT_INQUIRY",
        municipalityId: townId,
        companyId: company.id,
        stage,
        maxStageRank: max,
        createdAt: at,
        sourceCaseId: extra.sourceCaseId,
        challengeId: extra.challengeId,
      },
    });
  await match(b.id, "MEETING", 2, JUN, { sourceCaseId: K1.id, challengeId: C1.id });
  await match(b.id, "BUDGETED", 4, JUN, { sourceCaseId: K1.id, challengeId: C1.id });
  await match(c.id, "DECLINED", 3, MAR, { sourceCaseId: K1.id, challengeId: C2.id });
  await match(b.id, "MATCHING", 1, JUN, { sourceCaseId: K3.id, origin: "PROPOSAL" });
  await match(b.id, "MEETING", 2, JUN, { origin: "INTEREST" });
  const MB = await match(a.id, "BUDGETED", 4, JUN, { origin: "INTEREST" });
  const MB2 = await match(a.id, "BUDGETED", 4, JUN, { origin: "INTEREST" });
  await kase("生まれた", [t1], { matchId: MB.id });
  await kase("非公開", [t1], { matchId: MB2.id, published: false });
});

const flat = (rows: Awaited<ReturnType<typeof getReplicationFunnel>>) =>
  rows.map((r) => ({
    row: r.total ? "total" : r.key === t1.id ? "t1" : r.key === t2.id ? "t2" : r.key === null ? "none" : r.key,
    cases: r.cases,
    challenges: r.challenges,
    matches: [r.matches.total, r.matches.reached[2], r.matches.reached[3], r.matches.reached[4], r.matches.declined],
    born: r.born,
  }));
const of = (u: SessionUser, filter = {}) => getReplicationFunnel(funnelScopeFor(u)!, filter).then(flat);

describe("the funnel's 横展開", () => {
  it("town B: by the theme of the case it followed, and a total that counts each once", async () => {
    expect(await of(B)).toEqual([
      { row: "t1", cases: 2, challenges: 2, matches: [2, 2, 1, 1, 0], born: 0 },
      { row: "t2", cases: 1, challenges: 1, matches: [2, 2, 1, 1, 0], born: 0 },
      { row: "none", cases: 1, challenges: 0, matches: [1, 0, 0, 0, 0], born: 0 },
      { row: "total", cases: 3, challenges: 2, matches: [3, 2, 1, 1, 0], born: 0 },
    ]);
  });

  it("staff see their own town only; a coordinator sees the same with the municipality filter", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    expect(await of(coordinator, { municipality: towns.B })).toEqual(await of(B));
    // Staff cannot look at another town through the filter.
    expect(await of(B, { municipality: towns.C })).toEqual(await of(B));
    expect(await of(C)).toEqual([
      { row: "t1", cases: 1, challenges: 1, matches: [1, 1, 1, 0, 1], born: 0 },
      { row: "t2", cases: 1, challenges: 1, matches: [1, 1, 1, 0, 1], born: 0 },
      { row: "total", cases: 1, challenges: 1, matches: [1, 1, 1, 0, 1], born: 0 },
    ]);
    // The town that ran the cases: only the case born from its own match (the unpublished one is not counted).
    expect(await of(A)).toEqual([
      { row: "t1", cases: 0, challenges: 0, matches: [0, 0, 0, 0, 0], born: 1 },
      { row: "total", cases: 0, challenges: 0, matches: [0, 0, 0, 0, 0], born: 1 },
    ]);
  });

  it("the fiscal year: a challenge by the day it was published, a match by the day it was made (JST)", async () => {
    const zero = [{ row: "total", cases: 0, challenges: 0, matches: [0, 0, 0, 0, 0], born: 0 }];
    expect(await of(C, { fy: 2024 })).toEqual(zero);
    expect((await of(C, { fy: 2023 })).at(-1)).toEqual({
      row: "total",
      cases: 1,
      challenges: 1,
      matches: [1, 1, 1, 0, 1],
      born: 0,
    });
    expect(await of(B, { fy: 2023 })).toEqual(zero);
    expect(await of(B, { from: "2024-06-15", to: "2024-06-15" })).toEqual(await of(B));
  });

  it("the origin table still adds up: replicated matches stay under 課題 and 民間提案", async () => {
    const rows = await getFunnelBreakdown(funnelScopeFor(B)!, {}, "origin");
    expect(Object.fromEntries(rows.map((r) => [r.key, r.total]))).toEqual({ CHALLENGE: 3, PROPOSAL: 1 });
  });

  it("CSV part=replication: one row per theme and the total, in the columns the header names", async () => {
    const csv = await buildFunnelCsv(B, parseCsvParams({ part: "replication" }), new Date("2026-12-01T00:00:00Z"));
    const lines = csv!.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    expect(lines[0]).toEqual(CSV_HEADER);
    expect(csv!.filename).toContain("_横展開（テーマ別）_");
    const total = lines.find((l) => l[1] === "合計")!;
    const col = (name: string) => total[CSV_HEADER.indexOf(name)];
    expect([col("区分"), col("マッチ数"), col("商談到達"), col("事業化・予算化到達")]).toEqual([
      "横展開（テーマ別）",
      "3",
      "2",
      "1",
    ]);
    expect([col("横展開された事例"), col("事例から始まった課題"), col("Kyoso Hub から生まれた事例")]).toEqual([
      "3",
      "2",
      "0",
    ]);
    expect(lines.filter((l) => l[0] === "横展開（テーマ別）")).toHaveLength(4);
    // part=all has them too, and the 流入元別 rows keep their own columns.
    const all = (await buildFunnelCsv(B, parseCsvParams({})))!.body.split("\r\n").map((l) => l.split(","));
    expect(all.filter((l) => l[0] === "横展開（テーマ別）")).toHaveLength(4);
    const src = all.find((l) => l[0] === "流入元別" && l[1] === "合計")!;
    expect(src).toHaveLength(CSV_HEADER.indexOf("閲覧→興味がある（%）") + 1);
  });
});
