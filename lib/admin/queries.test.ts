import { describe, expect, it } from "vitest";
import { createUser } from "@/tests/fixtures/factories";
import { getAdminUser, listAdminUsers } from "./queries";
import { userFilters } from "./schema";
import { clerkWithWork, colleagueOf } from "./test-helpers";

describe("admin user queries", () => {
  it("are for active admins only", async () => {
    const coord = await createUser({ role: "COORDINATOR" });
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    for (const who of [null, coord, staff]) {
      await expect(listAdminUsers(who, userFilters.parse({}), 10)).rejects.toHaveProperty("code");
      await expect(getAdminUser(who, staff.id)).rejects.toHaveProperty("code");
    }
  });

  it("filter by keyword (name, e-mail, organisation, 課), role and status", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", department: `検索課${admin.id}` });
    const company = await createUser({ role: "COMPANY_MEMBER", orgName: `検索株式会社 ${admin.id}` });
    const find = async (q: Record<string, string>) =>
      (await listAdminUsers(admin, userFilters.parse(q), 50)).rows.map((r) => r.id);
    expect(await find({ q: `検索課${admin.id}` })).toEqual([clerk.id]);
    expect(await find({ q: `検索株式会社 ${admin.id}` })).toEqual([company.id]);
    expect(await find({ q: clerk.email.toUpperCase() })).toEqual([clerk.id]);
    expect(await find({ q: company.email, role: "MUNICIPAL_STAFF" })).toEqual([]);
    expect(await find({ q: company.email, status: "ACTIVE", role: "COMPANY_MEMBER" })).toEqual([company.id]);
    // Junk in the URL falls back to no filter, never an error.
    expect(
      (await listAdminUsers(admin, userFilters.parse({ role: "ROOT", page: "-1", q: ["a", "b"] }), 1)).rows,
    ).toHaveLength(1);
  });

  it("one account: its counts, its colleagues (same organisation and side, active) and the roles that fit", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const w = await clerkWithWork();
    const d = await getAdminUser(admin, w.leaver.id);
    expect(d).toMatchObject({
      responsibilities: { challenges: 2, threads: 1, interests: 1, matches: 1 },
      roles: ["MUNICIPAL_STAFF"],
      department: "異動元課",
      isSelf: false,
    });
    expect(d!.colleagues.map((c) => c.id)).toContain(w.successor.id);
    expect(d!.colleagues.map((c) => c.id)).not.toContain(w.company.id);
    const peer = await colleagueOf(admin, "COORDINATOR");
    const me = await getAdminUser(admin, admin.id);
    expect(me).toMatchObject({ isSelf: true, roles: ["COORDINATOR", "ADMIN"] });
    expect(me!.colleagues.map((c) => c.id)).toEqual([peer.id]);
    expect(await getAdminUser(admin, "no-such-user")).toBeNull();
  });
});
