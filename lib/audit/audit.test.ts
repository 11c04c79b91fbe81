import { describe, expect, it } from "vitest";
import { AuditAction } from "@/lib/generated/prisma/enums";
import { createUser, uid } from "@/tests/fixtures/factories";
import { reviewStaff } from "@/lib/accounts/mutations";
import { listAuditLog } from "./queries";
import { recordAudit } from "./record";
import { AUDIT_ACTIONS, auditFilterSchema } from "./schema";

const filter = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);

describe("audit log", () => {
  it("names the same actions as the database enum", () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual(Object.values(AuditAction).sort());
  });

  it("is for admins only", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    await expect(listAuditLog(coordinator, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditLog(null, filter())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("records an approval with its reviewer, in the approval's transaction", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    const pending = await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" });
    await reviewStaff(coordinator, { userId: pending.id, decision: "APPROVE" });
    const { rows } = await listAuditLog(admin, filter({ action: "ACCOUNT_APPROVED", user: pending.id }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "ACCOUNT_APPROVED", targetId: pending.id, actor: { id: coordinator.id } });
    // A second decision conflicts and leaves no second row.
    await expect(reviewStaff(coordinator, { userId: pending.id, decision: "REJECT" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await listAuditLog(admin, filter({ user: pending.id }))).total).toBe(1);
  });

  it("filters by action, user (e-mail, name, id, or the address typed at sign-in) and Japan dates, and pages", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const actor = await createUser({ role: "COORDINATOR" });
    const tag = uid();
    for (let i = 0; i < 3; i++)
      await recordAudit({
        action: "PRIVATE_CHALLENGE_VIEWED",
        actorId: actor.id,
        targetType: "Challenge",
        targetId: `c-${tag}-${i}`,
        ip: "10.1.1.1",
      });
    await recordAudit({ action: "SIGNIN_FAILURE", ip: "10.1.1.1", meta: { email: `typo-${tag}@example.test` } });

    expect((await listAuditLog(admin, filter({ user: actor.email }))).total).toBe(3);
    expect((await listAuditLog(admin, filter({ user: actor.name.toUpperCase() }))).total).toBe(3);
    expect((await listAuditLog(admin, filter({ user: `typo-${tag}` }))).total).toBe(1);
    expect((await listAuditLog(admin, filter({ user: actor.email, action: "SIGNIN_SUCCESS" }))).total).toBe(0);
    const page2 = await listAuditLog(admin, filter({ user: actor.email, page: "2" }), 2);
    expect(page2.rows).toHaveLength(1);
    expect(page2.rows[0].targetId).toBe(`c-${tag}-0`);
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
    expect((await listAuditLog(admin, filter({ user: actor.email, from: today, to: today }))).total).toBe(3);
    expect((await listAuditLog(admin, filter({ user: actor.email, to: "2020-01-01" }))).total).toBe(0);
  });

  it("turns bad query parameters into defaults instead of errors", () => {
    expect(filter({ page: "-3", action: "DROP TABLE", from: "2026-13-45", to: "x", user: "a".repeat(400) })).toEqual({
      page: 1,
      action: undefined,
      user: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
