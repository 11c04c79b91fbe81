import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPublicChallenges } from "@/lib/challenges/queries";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { listCases, listFeaturedCases } from "./queries";
import { CASE_SORTS } from "./schema";

// Real cases list before generated demo cases whatever the sort, and the chosen sort holds inside each
// group. Every case here has the token in its title, so q scopes the list to this file.
const token = `実在優先${uid()}`;
type Row = { id: string; isDemo: boolean; fiscalYear: number; createdAt: Date };
const rows: Row[] = [];

beforeAll(async () => {
  const m = await getMunicipality("172065");
  // Demo rows newer and in later years than the real ones: the old order put them first.
  const spec: [boolean, number, number][] = [
    [false, 2018, 1],
    [false, 2021, 5],
    [false, 2021, 2],
    [true, 2025, 3],
    [true, 2016, 9],
    [true, 2025, 8],
    [true, 2024, 4],
  ];
  for (const [isDemo, fiscalYear, day] of spec) {
    const c = await db.case.create({
      data: {
        title: `${token} ${isDemo ? "デモ" : "実在"} ${fiscalYear}`,
        summary: "s",
        body: "b",
        municipalityId: m.id,
        scheme: "OTHER",
        outcome: "ADOPTED",
        fiscalYear,
        isDemo,
        createdAt: new Date(Date.UTC(2026, 0, day)),
      },
      select: { id: true, isDemo: true, fiscalYear: true, createdAt: true },
    });
    rows.push(c);
  }
});

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const expected: Record<(typeof CASE_SORTS)[number], (a: Row, b: Row) => number> = {
  newest: (a, b) => b.fiscalYear - a.fiscalYear || +b.createdAt - +a.createdAt || byId(a, b),
  oldest: (a, b) => a.fiscalYear - b.fiscalYear || +a.createdAt - +b.createdAt || byId(a, b),
  recent: (a, b) => +b.createdAt - +a.createdAt || byId(a, b),
};

describe("real cases first", () => {
  it.each(CASE_SORTS)("sort %s: real before demo, the sort kept within each group", async (sort) => {
    const got = (await listCases({ q: token, sort })).items.map((c) => c.id);
    const want = [
      ...rows.filter((r) => !r.isDemo).sort(expected[sort]),
      ...rows.filter((r) => r.isDemo).sort(expected[sort]),
    ].map((r) => r.id);
    expect(got).toEqual(want);
  });

  it("pages never mix the groups: page 1 of 2 holds the real cases", async () => {
    const page1 = await listCases({ q: token, page: 1 }, { pageSize: 3 });
    expect(page1.items.every((c) => !c.isDemo)).toBe(true);
    const page2 = await listCases({ q: token, page: 2 }, { pageSize: 3 });
    expect(page2.items.every((c) => c.isDemo)).toBe(true);
  });

  it("the home page's featured cases and the challenge list put real rows first", async () => {
    const featured = await listFeaturedCases(50);
    const firstDemo = featured.findIndex((c) => c.isDemo);
    expect(firstDemo === -1 || featured.slice(firstDemo).every((c) => c.isDemo)).toBe(true);

    const m = await getMunicipality("172065");
    const authorId = (await createUser({ role: "MUNICIPAL_STAFF" })).id;
    // A theme of this file's own scopes the list: other files publish challenges into the shared database,
    // and a real one published 400 days ago would otherwise fall off the first page.
    const theme = await db.theme.create({ data: { slug: `real-first-${uid()}`, nameJa: token, nameEn: token } });
    const mk = (isDemo: boolean, daysAgo: number) =>
      db.challenge.create({
        data: {
          kind: "CONSULTATION",
          status: "PUBLISHED",
          title: `${token} 課題`,
          situation: "s",
          municipalityId: m.id,
          authorId,
          isDemo,
          publishedAt: new Date(Date.now() - daysAgo * 86_400_000),
          themes: { connect: { id: theme.id } },
        },
      });
    const demoNew = await mk(true, 0);
    const realOld = await mk(false, 400);
    const list = (await listPublicChallenges({ pageSize: 100, theme: theme.slug })).items as {
      id: string;
      isDemo: boolean;
    }[];
    const ids = list.map((c) => c.id);
    expect(ids.indexOf(realOld.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(realOld.id)).toBeLessThan(ids.indexOf(demoNew.id));
    const first = list.findIndex((c) => c.isDemo);
    expect(list.slice(first).every((c) => c.isDemo)).toBe(true);
  });
});
