// The desk flag (官民連携窓口): the desk gives and takes it for colleagues of its own municipality and never leaves
// the municipality without a desk member, also when two desk members remove each other at once; admins set or
// clear it with an audit entry; a desk member whose flag is gone is refused at once, whatever its session says.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setDeskFlag } from "@/lib/admin/mutations";
import { createUser } from "@/tests/fixtures/factories";
import { getDeskCounts } from "./hub";
import { inviteStaff } from "./invitations";
import { deskMember, freshEmail, invited } from "./invitations-fixtures";
import { listColleagues, listInvitedPending, listOpenInvitations } from "./staff";
import { setDeskFlagByDesk } from "./staff-flag";
import { joinByInvitation } from "./invitations-join";

// Municipalities of their own, so that "the last desk member" is not someone else's test's desk member.
const SENDAI = "041009";
const YOKOHAMA = "141003";
const NAGOYA = "231002";
const KITAKYUSHU = "401005";

const flagOf = async (userId: string) =>
  (await db.membership.findFirstOrThrow({ where: { userId }, select: { isDesk: true } })).isDesk;
const deskCount = (municipalityId: string) =>
  db.membership.count({ where: { organizationId: municipalityId, isDesk: true, user: { status: "ACTIVE" } } });

describe("the desk's colleagues and the flag", () => {
  it("gives and takes the flag for a colleague, audited; lists colleagues of its own municipality only", async () => {
    const desk = await deskMember(SENDAI);
    const colleague = await createUser({ role: "MUNICIPAL_STAFF", lgCode: SENDAI, department: "道路課" });
    const elsewhere = await createUser({ role: "MUNICIPAL_STAFF", lgCode: YOKOHAMA });
    expect((await listColleagues(desk)).map((c) => c.id)).toEqual(expect.arrayContaining([desk.id, colleague.id]));
    expect((await listColleagues(desk)).map((c) => c.id)).not.toContain(elsewhere.id);
    expect(await setDeskFlagByDesk(desk, { userId: colleague.id, isDesk: true })).toEqual({ ok: true, changed: true });
    expect(await flagOf(colleague.id)).toBe(true);
    expect(await setDeskFlagByDesk(desk, { userId: colleague.id, isDesk: false })).toEqual({ ok: true, changed: true });
    expect(await flagOf(colleague.id)).toBe(false);
    const audits = await db.auditLog.findMany({
      where: { action: "DESK_ROLE_CHANGED", targetId: colleague.id },
      orderBy: { at: "asc" },
      select: { actorId: true, meta: true },
    });
    expect(audits).toEqual([
      { actorId: desk.id, meta: { from: false, to: true, by: "desk" } },
      { actorId: desk.id, meta: { from: true, to: false, by: "desk" } },
    ]);
    await expect(setDeskFlagByDesk(desk, { userId: elsewhere.id, isDesk: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const pending = await createUser({ role: "MUNICIPAL_STAFF", lgCode: SENDAI, status: "PENDING" });
    expect(await setDeskFlagByDesk(desk, { userId: pending.id, isDesk: true })).toEqual({
      ok: false,
      reason: "not_colleague",
    });
  });

  it("the last desk member cannot remove themself; with a second one they can", async () => {
    const desk = await deskMember(NAGOYA);
    expect(await setDeskFlagByDesk(desk, { userId: desk.id, isDesk: false })).toEqual({
      ok: false,
      reason: "last_desk",
    });
    const other = await createUser({ role: "MUNICIPAL_STAFF", lgCode: NAGOYA });
    await setDeskFlagByDesk(desk, { userId: other.id, isDesk: true });
    expect(await setDeskFlagByDesk(desk, { userId: desk.id, isDesk: false })).toEqual({ ok: true, changed: true });
    expect(await deskCount(desk.organizationId!)).toBe(1);
  });

  it("two desk members removing each other at once leave one (10 rounds)", async () => {
    const a = await deskMember(KITAKYUSHU);
    const b = await deskMember(KITAKYUSHU);
    for (let round = 0; round < 10; round++) {
      const results = await Promise.allSettled([
        setDeskFlagByDesk(a, { userId: b.id, isDesk: false }),
        setDeskFlagByDesk(b, { userId: a.id, isDesk: false }),
      ]);
      expect(await deskCount(a.organizationId!)).toBe(1);
      // The loser acted on a session that still called it the desk: refused, not obeyed.
      expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
      // Back to two for the next round, by whoever is left.
      const left = (await flagOf(a.id)) ? a : b;
      await setDeskFlagByDesk(left, { userId: left === a ? b.id : a.id, isDesk: true });
    }
  });

  it("a desk member whose flag was removed is refused at once, though its session still says desk", async () => {
    const desk = await deskMember(SENDAI);
    const other = await deskMember(SENDAI);
    await setDeskFlagByDesk(other, { userId: desk.id, isDesk: false });
    // `desk` is the SessionUser read before the change (isDesk: true).
    await expect(inviteStaff(desk, { email: freshEmail(), newDepartment: "道路課" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setDeskFlagByDesk(desk, { userId: other.id, isDesk: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("plain staff, companies and coordinators cannot touch the flag", async () => {
    const desk = await deskMember(SENDAI);
    for (const u of [
      await createUser({ role: "MUNICIPAL_STAFF", lgCode: SENDAI }),
      await createUser({ role: "COORDINATOR" }),
      await createUser({ role: "COMPANY_MEMBER" }),
    ])
      await expect(setDeskFlagByDesk(u, { userId: desk.id, isDesk: false })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
  });
});

describe("admins and the flag", () => {
  it("sets and clears it (also the last one), audited; refuses non-staff", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const clerk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: YOKOHAMA });
    expect(await setDeskFlag(admin, { userId: clerk.id, isDesk: true })).toEqual({ ok: true, changed: true });
    expect(await flagOf(clerk.id)).toBe(true);
    expect(await setDeskFlag(admin, { userId: clerk.id, isDesk: false })).toEqual({ ok: true, changed: true });
    expect(await flagOf(clerk.id)).toBe(false);
    expect(
      await db.auditLog.count({ where: { action: "DESK_ROLE_CHANGED", targetId: clerk.id, actorId: admin.id } }),
    ).toBe(2);
    const company = await createUser({ role: "COMPANY_MEMBER" });
    expect(await setDeskFlag(admin, { userId: company.id, isDesk: true })).toEqual({ ok: false, reason: "not_staff" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    await expect(setDeskFlag(coordinator, { userId: clerk.id, isDesk: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the desk's lists and hub", () => {
  it("counts what waits: pending invitation accounts and open invitations of its own municipality", async () => {
    const desk = await deskMember(YOKOHAMA);
    const before = await getDeskCounts(desk);
    const a = await invited(desk);
    await invited(desk);
    const r = await joinByInvitation({ token: a.token, name: "横浜 一郎", password: "correct horse battery staple" });
    expect(r.ok).toBe(true);
    const after = await getDeskCounts(desk);
    expect(after.staffPending - before.staffPending).toBe(1);
    expect(after.openInvitations - before.openInvitations).toBe(1);
    expect((await listInvitedPending(desk)).map((p) => p.email)).toContain(a.email);
    expect((await listOpenInvitations(desk)).map((i) => i.email)).not.toContain(a.email);
    const otherDesk = await deskMember(SENDAI);
    expect((await listInvitedPending(otherDesk)).map((p) => p.email)).not.toContain(a.email);
    expect((await listOpenInvitations(otherDesk)).map((p) => p.email)).not.toContain(a.email);
    const plain = await createUser({ role: "MUNICIPAL_STAFF", lgCode: YOKOHAMA });
    await expect(getDeskCounts(plain)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteStaff(plain, { email: freshEmail(), newDepartment: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
