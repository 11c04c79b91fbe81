// The pilot's rows of the state-change matrix (docs/reliability/state-changes.md): a pilot exists, then a relationship
// around it changes, and each side's reads (the pilot page, the match page's list, the thread's list, /pilots, the
// awaiting line, /pilots/new) and writes are tried again as the next request would see them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { suspendUser } from "@/lib/admin/mutations";
import { moveMatch } from "@/lib/matches/mutations";
import { agreePilot, savePilotNote, updatePilot } from "@/lib/pilots/mutations";
import {
  getPilot,
  getPilotDraft,
  listPilots,
  listPilotsAwaiting,
  listPilotsForMatch,
  listPilotsForThread,
} from "@/lib/pilots/queries";
import { codeOf, pilotCast, pilotMatch, planningPilot, termsFor, type PilotCast } from "@/lib/pilots/test-helpers";
import { companyMemberOf } from "@/lib/matches/test-helpers";
import { createUser } from "@/tests/fixtures/factories";
import { createThread } from "@/tests/fixtures/threads";
import { viewerNow } from "./scene";

let cast: PilotCast;
let admin: SessionUser;
beforeAll(async () => {
  cast = await pilotCast();
  admin = await createUser({ role: "ADMIN" });
});

/** A pilot on a match with a thread, and everything each read returns for `u` as they are now. */
async function scene() {
  const m = await pilotMatch(cast);
  const thread = await createThread({ municipalityId: m.municipalityId, companyId: m.companyId });
  await db.match.update({ where: { id: m.id }, data: { threadId: thread.id } });
  const p = await planningPilot(cast, m);
  await savePilotNote(cast.dept, { id: p.id, note: "庁内メモ 状態変化" });
  await savePilotNote(m.company, { id: p.id, note: "社内メモ 状態変化" });
  const views = async (who: SessionUser) => {
    const u = await viewerNow(who);
    return JSON.stringify([
      u && (await getPilot(u, p.id)),
      u && (await listPilotsForMatch(u, m.id)),
      u && (await listPilotsForThread(u, thread.id)),
      u && (await listPilots(u)),
      u && (await listPilotsAwaiting(u)),
      u && (await getPilotDraft(u, m.id)),
    ]);
  };
  const title = (await db.pilot.findUniqueOrThrow({ where: { id: p.id } })).title;
  return { m, p, views, title };
}

describe("pilots after a state change", () => {
  it("a company member removed from the company: no read, no write; a colleague keeps both", async () => {
    const s = await scene();
    const colleague = await companyMemberOf(s.m.companyId);
    expect(await s.views(s.m.company)).toContain(s.title);
    await db.membership.deleteMany({ where: { userId: s.m.company.id } });
    const now = await viewerNow(s.m.company);
    expect(await s.views(s.m.company)).not.toContain(s.title);
    expect(await codeOf(agreePilot(now, { id: s.p.id, expectedVersion: s.p.version }))).toBe("NOT_FOUND");
    expect(await s.views(colleague)).toContain("社内メモ 状態変化");
    expect(await codeOf(agreePilot(colleague, { id: s.p.id, expectedVersion: s.p.version }))).toBe("allowed");
  });

  it("a suspended clerk sees nothing and cannot agree; the department's colleagues still can", async () => {
    const s = await scene();
    const clerk = await createUser({ role: "MUNICIPAL_STAFF" });
    await db.membership.updateMany({ where: { userId: clerk.id }, data: { departmentId: cast.dept.departmentId } });
    const asClerk = { ...clerk, departmentId: cast.dept.departmentId };
    expect(await s.views(asClerk)).toContain("庁内メモ 状態変化");
    const r = await suspendUser(admin, { userId: clerk.id, reason: "異動" });
    expect(r).toMatchObject({ ok: true });
    expect(await s.views(asClerk)).not.toContain(s.title);
    const stale = { ...asClerk, status: "SUSPENDED" as const };
    expect(await codeOf(agreePilot(stale, { id: s.p.id, expectedVersion: s.p.version }))).not.toBe("allowed");
    expect(await s.views(cast.dept)).toContain(s.title);
  });

  it("a clerk moved to another 課 still reads the municipality's pilot but no longer acts on it or sees it awaiting", async () => {
    const s = await scene();
    const clerk = await createUser({ role: "MUNICIPAL_STAFF" });
    await db.membership.updateMany({ where: { userId: clerk.id }, data: { departmentId: cast.dept.departmentId } });
    expect(await s.views({ ...clerk, departmentId: cast.dept.departmentId })).toContain(s.title);
    await db.membership.updateMany({
      where: { userId: clerk.id },
      data: { departmentId: cast.otherDept.departmentId },
    });
    const moved = (await viewerNow(clerk))!;
    const page = await getPilot(moved, s.p.id);
    expect(page?.can.edit).toBe(false);
    expect((await listPilotsAwaiting(moved)).map((x) => x.id)).not.toContain(s.p.id);
    expect(await getPilotDraft(moved, s.m.id)).toBeNull();
    expect(await codeOf(updatePilot(moved, { id: s.p.id, expectedVersion: s.p.version, ...termsFor() }))).toBe(
      "NOT_FOUND",
    );
  });

  it("the match declined: both sides still read the pilot, nobody changes it, it no longer waits on anyone", async () => {
    const s = await scene();
    await moveMatch(cast.coordinator, {
      id: s.m.id,
      to: "DECLINED",
      expectedVersion: s.m.version,
      declineReason: "NO_BUDGET",
    });
    for (const u of [cast.dept, s.m.company, cast.coordinator]) {
      expect(await s.views(u)).toContain(s.title);
      const page = await getPilot(u, s.p.id);
      expect([page?.declined, page?.can.edit, page?.can.agree, page?.can.cancel, page?.can.note]).toEqual([
        true,
        false,
        false,
        false,
        false,
      ]);
      expect((await listPilotsAwaiting(u)).map((x) => x.id)).not.toContain(s.p.id);
    }
    expect(await codeOf(agreePilot(s.m.company, { id: s.p.id, expectedVersion: s.p.version }))).toBe(
      "refused:declined",
    );
    expect(await codeOf(updatePilot(cast.dept, { id: s.p.id, expectedVersion: s.p.version, ...termsFor() }))).toBe(
      "refused:declined",
    );
  });

  it("another city's staff and an unrelated company see nothing, before and after the agreement", async () => {
    const s = await scene();
    const stranger = await createUser({ role: "COMPANY_MEMBER" });
    for (const u of [cast.otherCity, stranger]) expect(await s.views(u)).not.toContain(s.title);
    await agreePilot(cast.dept, { id: s.p.id, expectedVersion: s.p.version });
    await agreePilot(s.m.company, { id: s.p.id, expectedVersion: s.p.version });
    for (const u of [cast.otherCity, stranger]) expect(await s.views(u)).not.toContain(s.title);
  });
});
