import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expressInterest } from "@/lib/interests/mutations";
import { createUser } from "@/tests/fixtures/factories";
import { createTestMatch } from "@/lib/matches/test-helpers";
import { handOver } from "./handover";
import { suspendUser } from "./mutations";
import { authorsOf, clerkWithWork, colleagueOf } from "./test-helpers";

const owners = async (w: Awaited<ReturnType<typeof clerkWithWork>>) => ({
  challenges: await authorsOf(w.challenge.id, w.draft.id),
  thread: (await db.thread.findUniqueOrThrow({ where: { id: w.threadId } })).createdById,
});

describe("the April handover (人事異動)", () => {
  it("moves a clerk's challenges and threads to a colleague, suspends the leaver, audits both, in one step", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const w = await clerkWithWork();
    const r = await handOver(admin, { fromId: w.leaver.id, toId: w.successor.id, suspend: true });
    expect(r).toEqual({ ok: true, moved: { challenges: 2, threads: 1, interests: 1, matches: 1 }, suspended: true });
    expect(await owners(w)).toEqual({ challenges: [w.successor.id], thread: w.successor.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.leaver.id } })).status).toBe("SUSPENDED");
    const log = await db.auditLog.findMany({ where: { targetId: w.leaver.id }, orderBy: { at: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["STAFF_HANDED_OVER", "ACCOUNT_SUSPENDED"]);
    expect(log[0].meta).toMatchObject({ to: w.successor.id, challenges: 2, threads: 1, suspend: true });

    // The next company's interest is announced to the successor, not to the leaver.
    const next = await createUser({ role: "COMPANY_MEMBER" });
    await expressInterest(next, { challengeId: w.challenge.id, answers: [] });
    const told = await db.notification.findMany({
      where: {
        type: "INTEREST_RECEIVED",
        url: `/challenges/${w.challenge.id}/interests`,
        title: { startsWith: next.organizationName! },
        userId: { in: [w.leaver.id, w.successor.id] },
      },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId)).toEqual([w.successor.id]);
  });

  it("a company member's interests go to a colleague of the same company; a coordinator's matches to another coordinator", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const w = await clerkWithWork();
    const colleague = await colleagueOf(w.company);
    expect(await handOver(admin, { fromId: w.company.id, toId: colleague.id, suspend: false })).toMatchObject({
      ok: true,
      moved: { interests: 1, challenges: 0 },
    });
    expect((await db.interest.findUniqueOrThrow({ where: { id: w.interestId } })).userId).toBe(colleague.id);

    const coord = await createUser({ role: "COORDINATOR" });
    const next = await colleagueOf(coord, "COORDINATOR");
    const m = await createTestMatch({ coordinatorId: coord.id });
    expect(await handOver(admin, { fromId: coord.id, toId: next.id, suspend: false })).toMatchObject({
      ok: true,
      moved: { matches: 1 },
    });
    expect((await db.match.findUniqueOrThrow({ where: { id: m.id } })).coordinatorId).toBe(next.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: coord.id } })).status).toBe("ACTIVE");
  });

  it("refuses someone who is not a colleague, an inactive colleague, and suspending oneself; nothing moves", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const w = await clerkWithWork();
    const elsewhere = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "011002" });
    const suspended = await createUser({ role: "MUNICIPAL_STAFF", status: "SUSPENDED" });
    const refused = async (toId: string, reason: string) =>
      expect(await handOver(admin, { fromId: w.leaver.id, toId, suspend: true })).toEqual({ ok: false, reason });
    await refused(elsewhere.id, "not_colleague");
    await refused(w.company.id, "not_colleague");
    await refused(suspended.id, "colleague_inactive");
    const colleague = await colleagueOf(admin, "COORDINATOR");
    expect(await handOver(admin, { fromId: admin.id, toId: colleague.id, suspend: true })).toEqual({
      ok: false,
      reason: "self",
    });
    await expect(handOver(admin, { fromId: w.leaver.id, toId: w.leaver.id, suspend: false })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      handOver(w.leaver, { fromId: w.leaver.id, toId: w.successor.id, suspend: false }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await owners(w)).toEqual({ challenges: [w.leaver.id], thread: w.leaver.id });
    expect(await db.auditLog.count({ where: { targetId: w.leaver.id } })).toBe(0);
  });

  it("two handovers of one clerk at once: everything ends up with one colleague, never split", async () => {
    const admin = await createUser({ role: "ADMIN" });
    for (let round = 0; round < 4; round++) {
      const w = await clerkWithWork();
      const third = await createUser({ role: "MUNICIPAL_STAFF" });
      const results = await Promise.all([
        handOver(admin, { fromId: w.leaver.id, toId: w.successor.id, suspend: true }),
        handOver(admin, { fromId: w.leaver.id, toId: third.id, suspend: false }),
        handOver(admin, { fromId: w.leaver.id, toId: w.successor.id, suspend: false }),
      ]);
      const o = await owners(w);
      expect(o.challenges).toHaveLength(1);
      expect([w.successor.id, third.id]).toContain(o.thread);
      expect(o.challenges[0]).toBe(o.thread);
      // The challenges moved once in total: one handover found them, the others found nothing left.
      const moved = results.map((r) => (r.ok ? r.moved.challenges : 0));
      expect(moved.reduce((a, b) => a + b, 0)).toBe(2);
      expect(await db.auditLog.count({ where: { targetId: w.leaver.id, action: "ACCOUNT_SUSPENDED" } })).toBe(1);
    }
  });

  it("a handover while the colleague is being suspended: either all moved to them before, or refused and nothing moved", async () => {
    const admin = await createUser({ role: "ADMIN" });
    for (let round = 0; round < 6; round++) {
      const w = await clerkWithWork();
      const [h] = await Promise.all([
        handOver(admin, { fromId: w.leaver.id, toId: w.successor.id, suspend: false }),
        suspendUser(admin, { userId: w.successor.id }),
      ]);
      const o = await owners(w);
      if (h.ok) expect(o).toEqual({ challenges: [w.successor.id], thread: w.successor.id });
      else {
        expect(h).toEqual({ ok: false, reason: "colleague_inactive" });
        expect(o).toEqual({ challenges: [w.leaver.id], thread: w.leaver.id });
      }
    }
  });

  it("a handover while the leaver is being suspended: everything moves, the leaver is suspended exactly once", async () => {
    const admin = await createUser({ role: "ADMIN" });
    for (let round = 0; round < 4; round++) {
      const w = await clerkWithWork();
      const [h, s] = await Promise.all([
        handOver(admin, { fromId: w.leaver.id, toId: w.successor.id, suspend: round % 2 === 0 }),
        suspendUser(admin, { userId: w.leaver.id }),
      ]);
      expect(h.ok).toBe(true);
      expect(await owners(w)).toEqual({ challenges: [w.successor.id], thread: w.successor.id });
      const leaver = await db.user.findUniqueOrThrow({ where: { id: w.leaver.id } });
      expect(leaver).toMatchObject({ status: "SUSPENDED", sessionVersion: 1 });
      expect(await db.auditLog.count({ where: { targetId: w.leaver.id, action: "ACCOUNT_SUSPENDED" } })).toBe(1);
      if (!s.ok) expect(s.reason).toBe("not_active");
    }
  });
});
