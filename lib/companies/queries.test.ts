import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, uid } from "@/tests/fixtures/factories";
import { getCompany, listCompanies } from "./queries";
import { parseCompanyFilters } from "./schema";
import { createCasePartner, createCompany } from "./test-helpers";

// Every company here has the token in its name, so q scopes the results to this file.
const token = `探索${uid()}`;
let staff: SessionUser;
let ids: Record<string, string>;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF" });
  const it = await createCompany({
    name: `${token} アイティー`,
    industries: ["IT", "CONSULTING"],
    size: "SMALL",
    regionsServed: ["17", "13"],
    capabilities: "ドローン点検",
  });
  const build = await createCompany({
    name: `${token} 建設`,
    industries: ["CONSTRUCTION"],
    size: "LARGE",
    regionsServed: [],
  });
  const far = await createCompany({
    name: `${token} 沖縄`,
    industries: ["TOURISM"],
    size: "MICRO",
    regionsServed: ["47"],
  });
  const bare = await createCompany({ name: `${token} 未登録`, profile: false });
  await createCasePartner(`${token} 建設`, build.id);
  await createCasePartner(`${token} 沖縄`, far.id, false); // unpublished: does not count
  ids = { it: it.id, build: build.id, far: far.id, bare: bare.id };
});

const names = async (filters: Record<string, string>) =>
  (await listCompanies(staff, parseCompanyFilters({ q: token, ...filters }))).items.map((c) => c.id).sort();

describe("directory filters", () => {
  it("q matches the name, and capabilities text", async () => {
    expect(await names({})).toEqual(Object.values(ids).sort());
    expect((await listCompanies(staff, parseCompanyFilters({ q: "ドローン点検" }))).items.map((c) => c.id)).toContain(
      ids.it,
    );
  });
  it("industry, size", async () => {
    expect(await names({ industry: "CONSULTING" })).toEqual([ids.it]);
    expect(await names({ size: "LARGE" })).toEqual([ids.build]);
  });
  it("region matches companies serving that prefecture or the whole country", async () => {
    expect(await names({ region: "17" })).toEqual([ids.it, ids.build].sort());
    expect(await names({ region: "47" })).toEqual([ids.build, ids.far].sort());
  });
  it("track record counts published cases only", async () => {
    expect(await names({ track: "1" })).toEqual([ids.build]);
    const detail = await getCompany(staff, ids.far);
    expect(detail?.casePartnerships).toEqual([]);
  });
  it("junk in the URL falls back to defaults", () => {
    expect(
      parseCompanyFilters({ industry: "NOPE", region: "99", page: "-4", track: "yes", size: ["SMALL", "x"] }),
    ).toEqual({
      q: undefined,
      industry: undefined,
      region: undefined,
      size: "SMALL",
      track: undefined,
      page: 1,
    });
  });
});

describe("directory audience", () => {
  it("company members, pending staff and anonymous users cannot list or open companies", async () => {
    await expect(listCompanies(await createUser({ role: "COMPANY_MEMBER" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listCompanies(await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" }))).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(listCompanies(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getCompany(await createUser({ role: "COMPANY_MEMBER" }), ids.it)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
  it("coordinators and admins may", async () => {
    for (const role of ["COORDINATOR", "ADMIN"] as const) {
      const r = await listCompanies(await createUser({ role }), parseCompanyFilters({ q: token }));
      expect(r.total).toBe(4);
    }
  });
});
