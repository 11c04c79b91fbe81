import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { reviewStaff, signUpCompany, signUpStaff } from "./mutations";
import { countPendingStaff, listPendingStaff } from "./queries";
import { DUPLICATE_EMAIL } from "./schema";

const PASSWORD = "long-enough-password";

describe("signUpCompany", () => {
  it("creates organisation, active user and membership together", async () => {
    const id = uid();
    const r = await signUpCompany({
      companyName: `株式会社 ${id}`,
      name: "山田 太郎",
      email: ` Sales-${id}@Example.CO.JP `,
      password: PASSWORD,
    });
    expect(r).toMatchObject({ ok: true, status: "ACTIVE" });
    const user = await db.user.findUniqueOrThrow({
      where: { email: `sales-${id}@example.co.jp` },
      include: { memberships: { include: { organization: true } } },
    });
    expect(user).toMatchObject({ role: "COMPANY_MEMBER", status: "ACTIVE" });
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0].organization).toMatchObject({ kind: "COMPANY", name: `株式会社 ${id}` });
  });

  it("returns a field error for a taken e-mail and leaves no organisation behind", async () => {
    const existing = await createUser({ role: "COMPANY_MEMBER" });
    const name = `残ってはいけない会社 ${uid()}`;
    const r = await signUpCompany({
      companyName: name,
      name: "x",
      email: existing.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(r).toEqual({ ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } });
    // The organisation insert ran before the user insert failed: the transaction must undo it.
    expect(await db.organization.count({ where: { name } })).toBe(0);
  });

  it("lets exactly one of five concurrent sign-ups with one e-mail through", async () => {
    const id = uid();
    const email = `race-${id}@example.co.jp`;
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        signUpCompany({ companyName: `競合 ${id} ${i}`, name: "x", email, password: PASSWORD }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array(4).fill({ ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } }),
    );
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.organization.count({ where: { name: { startsWith: `競合 ${id} ` } } })).toBe(1);
  });
});

describe("signUpStaff", () => {
  it("creates a PENDING user with membership and remembers the department without creating it", async () => {
    const kaga = await getMunicipality("172065");
    const dept = `テスト課 ${uid()}`;
    const a = await signUpStaff({
      name: "加賀 花子",
      email: `a-${uid()}@city.kaga.lg.jp`,
      password: PASSWORD,
      municipalityId: kaga.id,
      departmentName: ` ${dept} `,
      note: "主事",
    });
    expect(a).toMatchObject({ ok: true, status: "PENDING" });
    const user = await db.user.findUniqueOrThrow({
      where: { id: a.ok ? a.userId : "" },
      include: { memberships: true },
    });
    expect(user).toMatchObject({ status: "PENDING", requestedDepartment: dept });
    expect(user.memberships).toMatchObject([{ organizationId: kaga.id, departmentId: null }]);
    expect(await db.department.count({ where: { organizationId: kaga.id, name: dept } })).toBe(0);
  });

  it("rejects a municipality id that is not a municipality", async () => {
    const company = await createUser({ role: "COMPANY_MEMBER" });
    const email = `x-${uid()}@example.lg.jp`;
    const r = await signUpStaff({ name: "x", email, password: PASSWORD, municipalityId: company.organizationId });
    expect(r).toMatchObject({ ok: false, fieldErrors: { municipalityId: [expect.any(String)] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("leaves no new department when the e-mail is taken", async () => {
    const existing = await createUser({ role: "MUNICIPAL_STAFF" });
    const kaga = await getMunicipality("172065");
    const dept = `消える課 ${uid()}`;
    const r = await signUpStaff({
      name: "x",
      email: existing.email,
      password: PASSWORD,
      municipalityId: kaga.id,
      departmentName: dept,
    });
    expect(r).toEqual({ ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } });
    expect(await db.department.count({ where: { name: dept } })).toBe(0);
  });
});

describe("reviewStaff", () => {
  async function pendingApplicant() {
    const kaga = await getMunicipality("172065");
    const r = await signUpStaff({
      name: "申請 者",
      email: `p-${uid()}@city.kaga.lg.jp`,
      password: PASSWORD,
      municipalityId: kaga.id,
    });
    if (!r.ok) throw new Error("sign-up failed");
    return r.userId;
  }

  it("approves once; a second decision is a CONFLICT", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const userId = await pendingApplicant();
    expect((await listPendingStaff(coordinator)).some((r) => r.id === userId && r.lgJpHint)).toBe(true);
    await expect(reviewStaff(coordinator, { userId, decision: "APPROVE" })).resolves.toMatchObject({
      status: "ACTIVE",
    });
    await expect(reviewStaff(coordinator, { userId, decision: "REJECT" })).rejects.toMatchObject({ code: "CONFLICT" });
    const u = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(u).toMatchObject({ status: "ACTIVE", reviewedById: coordinator.id });
    expect(u.reviewedAt).toBeInstanceOf(Date);
  });

  it("of two simultaneous decisions exactly one wins", async () => {
    const [c1, c2] = await Promise.all([createUser({ role: "COORDINATOR" }), createUser({ role: "ADMIN" })]);
    const userId = await pendingApplicant();
    const results = await Promise.allSettled([
      reviewStaff(c1, { userId, decision: "APPROVE" }),
      reviewStaff(c2, { userId, decision: "REJECT", reason: "確認できず" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("records the rejection reason", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const userId = await pendingApplicant();
    await reviewStaff(admin, { userId, decision: "REJECT", reason: "在籍を確認できませんでした" });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      status: "REJECTED",
      reviewNote: "在籍を確認できませんでした",
    });
  });

  it("only active coordinators and admins may decide or list", async () => {
    const userId = await pendingApplicant();
    const [staff, company, pendingCoordinator] = await Promise.all([
      createUser({ role: "MUNICIPAL_STAFF" }),
      createUser({ role: "COMPANY_MEMBER" }),
      createUser({ role: "COORDINATOR", status: "PENDING" }),
    ]);
    await expect(reviewStaff(null, { userId, decision: "APPROVE" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(reviewStaff(staff, { userId, decision: "APPROVE" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewStaff(company, { userId, decision: "APPROVE" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewStaff(pendingCoordinator, { userId, decision: "APPROVE" })).rejects.toMatchObject({
      code: "PENDING_APPROVAL",
    });
    await expect(listPendingStaff(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countPendingStaff(company)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).status).toBe("PENDING");
  });

  it("cannot approve someone who is not pending municipal staff", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const company = await createUser({ role: "COMPANY_MEMBER", status: "PENDING" });
    await expect(reviewStaff(coordinator, { userId: company.id, decision: "APPROVE" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(reviewStaff(coordinator, { userId: "does-not-exist", decision: "APPROVE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

// Issue 15 F12: an anonymous sign-up created a department in any municipality, and it stayed after rejection.
describe("departments are made only when a coordinator approves", () => {
  async function applicant(dept: string) {
    const kaga = await getMunicipality("172065");
    const r = await signUpStaff({
      name: "部署 申請",
      email: `d-${uid()}@city.kaga.lg.jp`,
      password: PASSWORD,
      municipalityId: kaga.id,
      departmentName: dept,
    });
    if (!r.ok) throw new Error("sign-up failed");
    return { userId: r.userId, kagaId: kaga.id };
  }

  it("absent before approval, shown to the reviewer as requested, present and joined after", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const dept = `承認課 ${uid()}`;
    const { userId, kagaId } = await applicant(dept);
    expect(await db.department.count({ where: { name: dept } })).toBe(0);
    expect((await listPendingStaff(coordinator)).find((r) => r.id === userId)).toMatchObject({
      department: dept,
      departmentRequested: true,
    });
    await reviewStaff(coordinator, { userId, decision: "APPROVE" });
    const created = await db.department.findUniqueOrThrow({
      where: { organizationId_name: { organizationId: kagaId, name: dept } },
    });
    expect(await db.membership.findFirstOrThrow({ where: { userId } })).toMatchObject({ departmentId: created.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ requestedDepartment: null });
  });

  it("two approved applicants of one 課 share one department, also when approved at once", async () => {
    const [c1, c2] = [await createUser({ role: "COORDINATOR" }), await createUser({ role: "ADMIN" })];
    const dept = `共有課 ${uid()}`;
    const [a, b] = [await applicant(dept), await applicant(dept)];
    await Promise.all([
      reviewStaff(c1, { userId: a.userId, decision: "APPROVE" }),
      reviewStaff(c2, { userId: b.userId, decision: "APPROVE" }),
    ]);
    const depts = await db.department.findMany({ where: { name: dept } });
    expect(depts).toHaveLength(1);
    const memberships = await db.membership.findMany({ where: { userId: { in: [a.userId, b.userId] } } });
    expect(memberships.map((m) => m.departmentId)).toEqual([depts[0].id, depts[0].id]);
  });

  it("a rejected applicant leaves no department", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const dept = `却下課 ${uid()}`;
    const { userId } = await applicant(dept);
    await reviewStaff(coordinator, { userId, decision: "REJECT", reason: "確認できず" });
    expect(await db.department.count({ where: { name: dept } })).toBe(0);
    expect(await db.membership.findFirstOrThrow({ where: { userId } })).toMatchObject({ departmentId: null });
  });
});
