// Hostile input for the admin forms: whatever a hand-made request sends, a mutation answers with a result or a
// refusal code (never a 500), the acting admin is never locked out, every role still fits its organisation and
// no department name keeps a control character.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { errorCodeOf } from "@/lib/errors";
import { createUser } from "@/tests/fixtures/factories";
import { mostly } from "@/tests/fixtures/property";
import { handOver } from "./handover";
import { changeRole, moveDepartment, reactivateUser, rolesFor, suspendUser } from "./mutations";
import { changeRoleSchema, handoverSchema, moveDepartmentSchema, suspendSchema, USER_ROLES } from "./schema";
import { colleagueOf } from "./test-helpers";

const junk = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 300 }),
  fc.constantFrom("", " ", "\u0000", "　", "\u202e", "x".repeat(65), "a".repeat(5000)),
);
const text = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.constantFrom("", "\u0000総務課", "　企画課\u0007", "課".repeat(101)),
);

describe("admin forms on hostile input", () => {
  it("schemas never throw", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        for (const s of [changeRoleSchema, suspendSchema, moveDepartmentSchema, handoverSchema]) s.safeParse(raw);
      }),
      { numRuns: 300 },
    );
  });

  it("mutations answer or refuse with a code, and keep the platform's invariants", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const pool = [
      admin,
      await colleagueOf(admin, "ADMIN"),
      await colleagueOf(admin, "COORDINATOR"),
      await createUser({ role: "MUNICIPAL_STAFF", department: "ファズ課" }),
      await createUser({ role: "MUNICIPAL_STAFF" }),
      await createUser({ role: "COMPANY_MEMBER" }),
    ];
    pool.push(await colleagueOf(pool[5]));
    const ids = pool.map((u) => u.id);
    const id = mostly(fc.constantFrom(...ids), junk);
    const ops = [
      fc.record({ op: fc.constant("role"), userId: id, role: mostly(fc.constantFrom(...USER_ROLES), junk) }),
      fc.record({ op: fc.constant("suspend"), userId: id, reason: mostly(text, junk) }),
      fc.record({ op: fc.constant("reactivate"), userId: id }),
      fc.record({ op: fc.constant("dept"), userId: id, newDepartment: mostly(text, junk), departmentId: junk }),
      fc.record({ op: fc.constant("handover"), fromId: id, toId: id, suspend: mostly(fc.boolean(), junk) }),
    ];
    const run = (input: Record<string, unknown>) => {
      switch (input.op) {
        case "role":
          return changeRole(admin, input);
        case "suspend":
          return suspendUser(admin, input);
        case "reactivate":
          return reactivateUser(admin, input);
        case "dept":
          return moveDepartment(admin, input);
        default:
          return handOver(admin, input);
      }
    };
    let done = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(...ops), async (input) => {
        try {
          const r = await run(input);
          if (r.ok) done++;
        } catch (e) {
          expect(["INVALID_INPUT", "NOT_FOUND"]).toContain(errorCodeOf(e));
        }
      }),
      { numRuns: 150 },
    );
    expect(done).toBeGreaterThan(20);

    const users = await db.user.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        role: true,
        status: true,
        memberships: { select: { organization: { select: { kind: true } } } },
      },
    });
    expect(users.find((u) => u.id === admin.id)).toMatchObject({ role: "ADMIN", status: "ACTIVE" });
    for (const u of users) expect(rolesFor(u.memberships[0]?.organization.kind ?? null)).toContain(u.role);
    const depts = await db.department.findMany({ where: { memberships: { some: { userId: { in: ids } } } } });
    for (const d of depts) expect(d.name).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});
