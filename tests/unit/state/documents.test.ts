// The budget path's and the generated documents' rows of the state-change matrix (docs/reliability/state-changes.md):
// the relationship exists, then it changes, and the downloads and the budget form are asked again as the next request
// would ask them (viewerNow reads the person from the database, as getCurrentUser does on every request). Also the
// route ⊆ page twins of tests/unit/security-downloads.test.ts for the three downloads.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { suspendUser } from "@/lib/admin/mutations";
import { getBudgetPath } from "@/lib/budget-path/queries";
import { saveBudgetPath } from "@/lib/budget-path/mutations";
import { budgetPathSchema } from "@/lib/budget-path/schema";
import { db } from "@/lib/db";
import { endedPilot, loopMatch } from "@/lib/documents/test-support";
import { getPilot } from "@/lib/pilots/queries";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";
import { viewerNow } from "./scene";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));
const { GET: agreementRoute } = await import("@/app/api/pilots/[id]/agreement/route");
const { GET: reviewRoute } = await import("@/app/api/pilots/[id]/review-sheet/route");
const { GET: memoRoute } = await import("@/app/api/matches/[id]/budget-memo/route");

const call = (route: typeof memoRoute, id: string) =>
  route(new Request(`http://localhost/api/x/${id}`), { params: Promise.resolve({ id }) });
/** The three downloads' statuses for `user` as the next request sees them. */
async function statuses(user: SessionUser | null, pilotId: string, matchId: string) {
  session.user = await viewerNow(user);
  return {
    agreement: (await call(agreementRoute, pilotId)).status,
    review: (await call(reviewRoute, pilotId)).status,
    memo: (await call(memoRoute, matchId)).status,
  };
}
const save = (user: SessionUser | null, id: string, expectedVersion: number) =>
  saveBudgetPath(user, budgetPathSchema.parse({ id, expectedVersion, fundingSource: "GENERAL_FUND" }));

let cast: { staff: SessionUser; company: SessionUser; colleague: SessionUser; coordinator: SessionUser };
beforeAll(async () => {
  const staff = await createUser({ role: "MUNICIPAL_STAFF", department: `文書状態課 ${Date.now()}` });
  const company = await createUser({ role: "COMPANY_MEMBER" });
  const colleague = await createUser({ role: "COMPANY_MEMBER" });
  await db.membership.updateMany({
    where: { userId: colleague.id },
    data: { organizationId: company.organizationId! },
  });
  cast = {
    staff,
    company,
    colleague: { ...colleague, organizationId: company.organizationId },
    coordinator: await createUser({ role: "COORDINATOR" }),
  };
});

async function loop() {
  const kaga = await getMunicipality();
  const m = await loopMatch({
    municipalityId: kaga.id,
    companyId: cast.company.organizationId!,
    departmentId: cast.staff.departmentId,
    authorId: cast.staff.id,
  });
  return { m, pilot: await endedPilot(m.id) };
}

describe("documents and the budget path after a state change", () => {
  it("a company member removed from the company loses the pilot's documents; a colleague keeps them", async () => {
    const { m, pilot } = await loop();
    const leaver = await createUser({ role: "COMPANY_MEMBER" });
    await db.membership.updateMany({
      where: { userId: leaver.id },
      data: { organizationId: cast.company.organizationId! },
    });
    expect(await statuses(leaver, pilot.id, m.id)).toEqual({ agreement: 200, review: 200, memo: 404 });
    await db.membership.deleteMany({ where: { userId: leaver.id } });
    expect(await statuses(leaver, pilot.id, m.id)).toEqual({ agreement: 404, review: 404, memo: 404 });
    expect(await statuses(cast.colleague, pilot.id, m.id)).toEqual({ agreement: 200, review: 200, memo: 404 });
  });

  it("the company never gets the memo, not even once the match is budgeted", async () => {
    const { m, pilot } = await loop();
    await db.match.update({ where: { id: m.id }, data: { stage: "BUDGETED", maxStageRank: 4 } });
    expect((await statuses(cast.company, pilot.id, m.id)).memo).toBe(404);
    expect((await statuses(cast.staff, pilot.id, m.id)).memo).toBe(200);
    expect(await getBudgetPath(cast.company, m.id)).toBeNull();
  });

  it("a declined match: the budget path turns read-only, what was written stays readable", async () => {
    const { m, pilot } = await loop();
    expect(await save(cast.staff, m.id, 0)).toEqual({ ok: true, version: 1 });
    await db.match.update({ where: { id: m.id }, data: { stage: "DECLINED", declineReason: "OTHER" } });
    for (const u of [cast.staff, cast.coordinator]) {
      expect((await getBudgetPath(u, m.id))?.canEdit).toBe(false);
      await expect(save(u, m.id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await getBudgetPath(cast.staff, m.id))?.fundingSource).toBe("GENERAL_FUND");
    expect(await statuses(cast.staff, pilot.id, m.id)).toEqual({ agreement: 200, review: 200, memo: 200 });
  });

  it("municipal staff suspended, or moved to another department, lose what they had", async () => {
    const { m, pilot } = await loop();
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", department: "異動前の課" });
    await db.match.update({ where: { id: m.id }, data: { departmentId: clerk.departmentId } });
    expect((await getBudgetPath(await viewerNow(clerk), m.id))?.canEdit).toBe(true);
    const moved = await db.department.create({
      data: { organizationId: clerk.organizationId!, name: `異動先 ${m.id}` },
    });
    await db.membership.updateMany({ where: { userId: clerk.id }, data: { departmentId: moved.id } });
    const now = await viewerNow(clerk);
    expect((await getBudgetPath(now, m.id))?.canEdit).toBe(false);
    await expect(save(now, m.id, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const r = await suspendUser(await createUser({ role: "ADMIN" }), { userId: clerk.id });
    expect(r.ok).toBe(true);
    expect(await statuses(clerk, pilot.id, m.id)).toEqual({ agreement: 404, review: 404, memo: 404 });
  });
});

describe("the downloads are never looser than their pages", () => {
  it("agreement and review sheet ⊆ /pilots/[id] (getPilot); memo ⊆ the budget path on /pipeline/[id]", async () => {
    const { m, pilot } = await loop();
    const others = [
      await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" }),
      await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" }),
      await createUser({ role: "MUNICIPAL_STAFF", department: "別の課" }),
      await createUser({ role: "COMPANY_MEMBER" }),
      await createUser({ role: "ADMIN" }),
    ];
    for (const u of [null, cast.staff, cast.company, cast.colleague, cast.coordinator, ...others]) {
      const s = await statuses(u, pilot.id, m.id);
      const page = !!u && u.status === "ACTIVE" && (await getPilot(u, pilot.id)) !== null;
      expect(s.agreement === 200, u?.email ?? "anonymous").toBe(page);
      expect(s.review === 200, u?.email ?? "anonymous").toBe(page);
      const budget = !!u && u.status === "ACTIVE" && (await getBudgetPath(u, m.id)) !== null;
      expect(s.memo === 200, u?.email ?? "anonymous").toBe(budget);
    }
  });
});
