import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInOutcome } from "@/lib/auth/test-helpers";
import { createUser, TEST_PASSWORD } from "@/tests/fixtures/factories";
import { changeRole, moveDepartment, reactivateUser, suspendUser } from "./mutations";
import { colleagueOf } from "./test-helpers";

const audits = (targetId: string) =>
  db.auditLog.findMany({
    where: { targetId },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true, meta: true },
  });
const userRow = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { role: true, status: true, sessionVersion: true } });
const ip = () => `10.16.6.${Math.floor(Math.random() * 250)}`;

describe("changing a role", () => {
  it("promotes a coordinator to admin and back, each change audited with from and to", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const coord = await colleagueOf(admin, "COORDINATOR");
    expect(await changeRole(admin, { userId: coord.id, role: "ADMIN" })).toMatchObject({ ok: true, changed: true });
    expect((await userRow(coord.id)).role).toBe("ADMIN");
    expect(await changeRole(admin, { userId: coord.id, role: "COORDINATOR" })).toMatchObject({ ok: true });
    expect(await audits(coord.id)).toEqual([
      { action: "ROLE_CHANGED", actorId: admin.id, meta: { from: "COORDINATOR", to: "ADMIN" } },
      { action: "ROLE_CHANGED", actorId: admin.id, meta: { from: "ADMIN", to: "COORDINATOR" } },
    ]);
  });

  it("refuses a role that does not fit the organisation, and an admin's own role", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    expect(await changeRole(admin, { userId: staff.id, role: "COORDINATOR" })).toEqual({
      ok: false,
      reason: "role_mismatch",
    });
    expect(await changeRole(admin, { userId: company.id, role: "MUNICIPAL_STAFF" })).toEqual({
      ok: false,
      reason: "role_mismatch",
    });
    expect(await changeRole(admin, { userId: admin.id, role: "COORDINATOR" })).toEqual({ ok: false, reason: "self" });
    expect((await userRow(staff.id)).role).toBe("MUNICIPAL_STAFF");
    expect((await userRow(admin.id)).role).toBe("ADMIN");
    expect(await audits(staff.id)).toEqual([]);
  });

  it("is for active admins only; a coordinator or an admin demoted a moment ago gets FORBIDDEN", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const coord = await colleagueOf(admin, "COORDINATOR");
    const other = await colleagueOf(admin, "ADMIN");
    await expect(changeRole(coord, { userId: other.id, role: "COORDINATOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(changeRole(null, { userId: other.id, role: "COORDINATOR" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await changeRole(admin, { userId: other.id, role: "COORDINATOR" });
    // `other` still holds a session that says ADMIN: the database says otherwise.
    await expect(changeRole(other, { userId: admin.id, role: "COORDINATOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await userRow(admin.id)).role).toBe("ADMIN");
  });

  it("two admins demoting each other at once: one wins, an admin is always left", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createUser({ role: "ADMIN" });
      const b = await colleagueOf(a, "ADMIN");
      const results = await Promise.allSettled([
        changeRole(a, { userId: b.id, role: "COORDINATOR" }),
        changeRole(b, { userId: a.id, role: "COORDINATOR" }),
        suspendUser(a, { userId: b.id }),
        suspendUser(b, { userId: a.id }),
      ]);
      const roles = [await userRow(a.id), await userRow(b.id)];
      expect(roles.filter((r) => r.role === "ADMIN" && r.status === "ACTIVE")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected").map((r) => (r.reason as { code: string }).code)).toEqual([
        "FORBIDDEN",
        "FORBIDDEN",
      ]);
    }
  });
});

describe("suspending and reactivating", () => {
  it("a suspended account cannot sign in (and is told so), and its sessions' version moves on", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const u = await createUser({ role: "COMPANY_MEMBER" });
    expect(await suspendUser(admin, { userId: u.id, reason: "退職のため" })).toEqual({ ok: true });
    expect(await userRow(u.id)).toMatchObject({ status: "SUSPENDED", sessionVersion: 1 });
    expect(await signInOutcome(u.email, TEST_PASSWORD, ip())).toBe("suspended");
    expect(await signInOutcome(u.email, "wrong-password-xyz", ip())).toBe("failed");

    expect(await reactivateUser(admin, { userId: u.id })).toEqual({ ok: true });
    // Active again, but sessions from before the suspension stay ended (version 0 ≠ 1).
    expect(await userRow(u.id)).toMatchObject({ status: "ACTIVE", sessionVersion: 1 });
    expect(await signInOutcome(u.email, TEST_PASSWORD, ip())).toBe("ok");
    const log = await audits(u.id);
    expect(log.filter((r) => r.action.startsWith("ACCOUNT_"))).toEqual([
      { action: "ACCOUNT_SUSPENDED", actorId: admin.id, meta: { reason: "退職のため" } },
      { action: "ACCOUNT_REACTIVATED", actorId: admin.id, meta: {} },
    ]);
  });

  it("refuses self, an account not active (pending, already suspended), a deleted one, and reactivating an active one", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const pending = await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" });
    const active = await createUser({ role: "COMPANY_MEMBER" });
    const deleted = await createUser({ role: "COMPANY_MEMBER", status: "SUSPENDED" });
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect(await suspendUser(admin, { userId: admin.id })).toEqual({ ok: false, reason: "self" });
    expect(await suspendUser(admin, { userId: pending.id })).toEqual({ ok: false, reason: "not_active" });
    expect(await reactivateUser(admin, { userId: active.id })).toEqual({ ok: false, reason: "not_suspended" });
    await expect(reactivateUser(admin, { userId: deleted.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(suspendUser(admin, { userId: "no-such-user" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await userRow(deleted.id)).status).toBe("SUSPENDED");
    expect((await userRow(admin.id)).status).toBe("ACTIVE");
  });

  it("25 parallel suspensions of one account: one suspension, one audit row, the version bumped once", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const u = await createUser({ role: "MUNICIPAL_STAFF" });
    const results = await Promise.all(Array.from({ length: 25 }, () => suspendUser(admin, { userId: u.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "not_active")).toBe(true);
    expect(await userRow(u.id)).toMatchObject({ status: "SUSPENDED", sessionVersion: 1 });
    expect((await audits(u.id)).filter((r) => r.action === "ACCOUNT_SUSPENDED")).toHaveLength(1);
  });
});

describe("moving a clerk to another department", () => {
  it("to an existing 課, to a new one by name, and to none; each audited with the names", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", department: "異動テスト元課" });
    const other = await createUser({ role: "MUNICIPAL_STAFF", department: "異動テスト先課" });
    const dept = () =>
      db.membership.findFirstOrThrow({
        where: { userId: clerk.id },
        select: { department: { select: { name: true } } },
      });
    expect(await moveDepartment(admin, { userId: clerk.id, departmentId: other.departmentId! })).toMatchObject({
      ok: true,
      changed: true,
    });
    expect((await dept()).department?.name).toBe("異動テスト先課");
    const name = `新設課 ${clerk.id}`;
    await moveDepartment(admin, { userId: clerk.id, newDepartment: name });
    expect((await dept()).department?.name).toBe(name);
    await moveDepartment(admin, { userId: clerk.id });
    expect((await dept()).department).toBeNull();
    expect((await audits(clerk.id)).map((r) => r.meta)).toEqual([
      { from: "異動テスト元課", to: "異動テスト先課" },
      { from: "異動テスト先課", to: name },
      { from: name, to: null },
    ]);
  });

  it("a 課 of another municipality is NOT_FOUND; a company member is not a clerk", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", department: "異動テスト元課" });
    const elsewhere = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "011002", department: "札幌の課" });
    const company = await createUser({ role: "COMPANY_MEMBER" });
    await expect(
      moveDepartment(admin, { userId: clerk.id, departmentId: elsewhere.departmentId! }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await moveDepartment(admin, { userId: company.id, newDepartment: "営業部" })).toEqual({
      ok: false,
      reason: "not_staff",
    });
    const m = await db.membership.findFirstOrThrow({ where: { userId: clerk.id } });
    expect(m.departmentId).toBe(clerk.departmentId);
  });
});
