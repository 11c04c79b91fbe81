import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, uid } from "@/tests/fixtures/factories";
import { createCase } from "./mutations";
import { countPublishedCases, getCase, getCaseFilterOptions, listCases, listFeaturedCases } from "./queries";
import { DEFAULT_CASE_FILTERS, parseCaseFilters } from "./schema";
import { caseInput } from "./test-helpers";

// Every case made here has `token` in its title, so `q: token` scopes each query to this file's rows.
const token = `qtok${uid()}`;
let coordinator: SessionUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  coordinator = await createUser({ role: "COORDINATOR" });
  const make = async (key: string, extra: Record<string, unknown>, lgCode?: string) => {
    ids[key] = (await createCase(coordinator, await caseInput({ title: `${token} ${key}`, ...extra }, lgCode))).id;
  };
  await make(
    "kaga2020",
    { fiscalYear: 2020, scheme: "COMPREHENSIVE_ALLIANCE", outcome: "ADOPTED", themeSlugs: ["dx"] },
    "172065",
  );
  await make(
    "kaga2023",
    { fiscalYear: 2023, scheme: "DEMONSTRATION", outcome: "ONGOING", themeSlugs: ["dx", "health"] },
    "172065",
  );
  await make(
    "omitama2021",
    { fiscalYear: 2021, scheme: "DEMONSTRATION", outcome: "COMPLETED", themeSlugs: ["facilities"] },
    "082368",
  );
  await make(
    "osaka2020",
    { fiscalYear: 2020, scheme: "OTHER", outcome: "ADOPTED", themeSlugs: ["health"], summary: "チャットボットの導入" },
    "270008",
  );
  await make("hidden", { fiscalYear: 2020, published: false }, "172065");
});

const titles = async (f: Record<string, unknown>) =>
  (await listCases({ ...DEFAULT_CASE_FILTERS, q: token, ...f })).items
    .map((c) => c.title.replace(`${token} `, ""))
    .sort();

describe("listCases filters", () => {
  it("shows only published cases to the public", async () => {
    expect(await titles({})).toEqual(["kaga2020", "kaga2023", "omitama2021", "osaka2020"]);
  });
  it("narrows by each filter", async () => {
    expect(await titles({ theme: "health" })).toEqual(["kaga2023", "osaka2020"]);
    expect(await titles({ pref: "17" })).toEqual(["kaga2020", "kaga2023"]);
    expect(await titles({ municipality: "082368" })).toEqual(["omitama2021"]);
    const omitama = await getCase(ids.omitama2021);
    expect(await titles({ municipality: omitama!.municipality.id })).toEqual(["omitama2021"]);
    expect(await titles({ scheme: "DEMONSTRATION" })).toEqual(["kaga2023", "omitama2021"]);
    expect(await titles({ outcome: "ADOPTED" })).toEqual(["kaga2020", "osaka2020"]);
    expect(await titles({ year: 2020 })).toEqual(["kaga2020", "osaka2020"]);
    expect(await titles({ year: 2020, pref: "27", theme: "health" })).toEqual(["osaka2020"]);
  });
  it("searches title and summary, case-insensitively", async () => {
    const r = await listCases({ q: "チャットボットの導入" });
    expect(r.items.map((c) => c.id)).toContain(ids.osaka2020);
    expect((await listCases({ q: token.toUpperCase() })).total).toBe(4);
  });
  it("sorts by fiscal year both ways and by date added", async () => {
    const newest = (await listCases({ q: token, sort: "newest" })).items.map((c) => c.fiscalYear);
    expect(newest).toEqual([2023, 2021, 2020, 2020]);
    const oldest = (await listCases({ q: token, sort: "oldest" })).items.map((c) => c.fiscalYear);
    expect(oldest).toEqual([2020, 2020, 2021, 2023]);
    const recent = (await listCases({ q: token, sort: "recent" })).items.map((c) => c.id);
    expect(recent[0]).toBe(ids.osaka2020);
  });
  it("paginates without repeats and clamps a page past the end", async () => {
    const p1 = await listCases({ q: token }, { pageSize: 3 });
    const p2 = await listCases({ q: token, page: 2 }, { pageSize: 3 });
    expect(p1).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(p1.items).toHaveLength(3);
    expect(p2.items).toHaveLength(1);
    expect(new Set([...p1.items, ...p2.items].map((c) => c.id)).size).toBe(4);
    const far = await listCases({ q: token, page: 999 }, { pageSize: 3 });
    expect(far.page).toBe(2);
  });
});

describe("parseCaseFilters", () => {
  it("turns junk into defaults, field by field", () => {
    expect(
      parseCaseFilters({
        page: "abc",
        scheme: "<script>",
        pref: "99",
        theme: "DX!",
        year: "1999x",
        sort: "drop table",
        q: "",
      }),
    ).toEqual(DEFAULT_CASE_FILTERS);
    expect(parseCaseFilters(null)).toEqual(DEFAULT_CASE_FILTERS);
    expect(parseCaseFilters(["x"])).toEqual(DEFAULT_CASE_FILTERS);
    expect(parseCaseFilters({ page: "-3" }).page).toBe(1);
    expect(parseCaseFilters({ page: "99999999" }).page).toBe(1);
  });
  it("keeps valid values, and takes the first of repeated params", () => {
    expect(
      parseCaseFilters({
        theme: "dx",
        pref: "17",
        scheme: ["DEMONSTRATION", "TENDER"],
        year: "2020",
        page: "3",
        sort: "oldest",
        municipality: "172065",
        q: "  AI  ",
      }),
    ).toEqual({
      theme: "dx",
      pref: "17",
      scheme: "DEMONSTRATION",
      year: 2020,
      page: 3,
      sort: "oldest",
      municipality: "172065",
      outcome: undefined,
      q: "AI",
    });
  });
});

describe("getCase and home-page queries", () => {
  it("hides an unpublished case from the public and from companies, shows it to coordinators", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    expect(await getCase(ids.hidden)).toBeNull();
    expect(await getCase(ids.hidden, company)).toBeNull();
    expect((await getCase(ids.hidden, coordinator))?.id).toBe(ids.hidden);
    expect(await getCase("no-such-case")).toBeNull();
  });
  it("returns partners, themes and parsed figures", async () => {
    const c = await getCase(ids.kaga2023);
    expect(c?.partners).toEqual([{ name: "株式会社テスト", role: "システム提供", organizationId: null }]);
    expect(c?.themes.map((t) => t.slug)).toEqual(["dx", "health"]);
    expect(c?.figures).toEqual([]);
  });
  it("counts published cases, lists featured ones, offers present prefectures and years", async () => {
    expect(await countPublishedCases()).toBeGreaterThanOrEqual(4);
    const featured = await listFeaturedCases(3);
    expect(featured.length).toBeLessThanOrEqual(3);
    expect(featured.every((c) => c.published)).toBe(true);
    const opts = await getCaseFilterOptions();
    expect(opts.prefectureCodes).toEqual(expect.arrayContaining(["08", "17", "27"]));
    expect(opts.fiscalYears).toEqual(expect.arrayContaining([2023, 2021, 2020]));
    expect(opts.themes.length).toBeGreaterThan(10);
  });
});
