import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { withJunkFields } from "@/tests/fixtures/property";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, uid } from "@/tests/fixtures/factories";
import { deleteMeeting, logMeeting } from "./meetings";
import { listMeetings } from "./meetings-queries";
import { logMeetingSchema, todayJst } from "./meetings-schema";
import { updateMatch } from "./mutations";
import { updateSchema } from "./schema";
import { companyMemberOf, createTestMatch } from "./test-helpers";

// 「所管部署とMTG済」 follows the meeting log (issue 17 §3): who may log and take back, the flag kept in step under
// parallel requests, and who hears of it.

let dept: SessionUser; // 加賀市, the match's department
let otherDept: SessionUser; // 加賀市, another 課
let otherCity: SessionUser;
let pending: SessionUser;
let coordinator: SessionUser;
let deptName: string;

beforeAll(async () => {
  deptName = `MTG所管課 ${uid()}`;
  dept = await createUser({ role: "MUNICIPAL_STAFF", department: deptName });
  otherDept = await createUser({ role: "MUNICIPAL_STAFF", department: `MTG別課 ${uid()}` });
  otherCity = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368", department: deptName });
  pending = await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING", department: deptName });
  coordinator = await createUser({ role: "COORDINATOR" });
});

async function deptMatch(opts: { department?: boolean; origin?: "INTRODUCTION" | "DIRECT_INQUIRY" } = {}) {
  const m = await createTestMatch({ origin: opts.origin, coordinatorId: coordinator.id });
  if (opts.department !== false)
    await db.match.update({ where: { id: m.id }, data: { departmentId: dept.departmentId } });
  const company = await companyMemberOf(m.companyId);
  return { ...m, company };
}

const input = (matchId: string, extra: Partial<{ heldOn: string; participants: string; memo: string }> = {}) => ({
  matchId,
  heldOn: "2026-11-30",
  participants: "所管課 山田、企業 佐藤",
  ...extra,
});
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: { code?: string }) => e.code ?? String(e),
  );
const flag = async (id: string) => (await db.match.findUniqueOrThrow({ where: { id } })).metDepartment;

describe("who may log a meeting", () => {
  it("the match's department, its company and coordinators; not another 課, city or company", async () => {
    const m = await deptMatch();
    const stranger = await createUser({ role: "COMPANY_MEMBER" });
    const got = {
      dept: await codeOf(logMeeting(dept, input(m.id))),
      company: await codeOf(logMeeting(m.company, input(m.id))),
      coordinator: await codeOf(logMeeting(coordinator, input(m.id))),
      otherDept: await codeOf(logMeeting(otherDept, input(m.id))),
      otherCity: await codeOf(logMeeting(otherCity, input(m.id))),
      stranger: await codeOf(logMeeting(stranger, input(m.id))),
      pending: await codeOf(logMeeting(pending, input(m.id))),
      anonymous: await codeOf(logMeeting(null, input(m.id))),
    };
    expect(got).toEqual({
      dept: "allowed",
      company: "allowed",
      coordinator: "allowed",
      otherDept: "NOT_FOUND",
      otherCity: "NOT_FOUND",
      stranger: "NOT_FOUND",
      pending: "PENDING_APPROVAL",
      anonymous: "UNAUTHENTICATED",
    });
    expect(await db.matchMeeting.count({ where: { matchId: m.id } })).toBe(3);
    expect(await listMeetings(otherDept, m.id)).toBeNull();
    expect((await listMeetings(m.company, m.id))?.items).toHaveLength(3);
  });

  it("any staff of the municipality while the match has no department", async () => {
    const m = await deptMatch({ department: false });
    await expect(logMeeting(otherDept, input(m.id))).resolves.toMatchObject({ id: expect.any(String) });
    await expect(logMeeting(otherCity, input(m.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a company does not see an introduction the municipality has not accepted", async () => {
    const m = await deptMatch({ origin: "INTRODUCTION" });
    await expect(logMeeting(m.company, input(m.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listMeetings(m.company, m.id)).toBeNull();
  });
});

describe("the flag follows the log", () => {
  it("a log sets metDepartment and activity, leaves stage and version; the edit form cannot clear it", async () => {
    const m = await deptMatch();
    await db.match.update({ where: { id: m.id }, data: { lastActivityAt: new Date("2020-01-01") } });
    await logMeeting(dept, input(m.id, { memo: "次回は見積りを持参" }));
    const row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ metDepartment: true, stage: "INTEREST", version: 0 });
    expect(row.lastActivityAt.getFullYear()).toBeGreaterThan(2020);
    // An edit saved from a form that still carried the old checkbox changes nothing about the flag.
    const edit = updateSchema.parse({ id: m.id, expectedVersion: 0, metDepartment: "", nextAction: "電話する" });
    await updateMatch(coordinator, edit);
    expect(await flag(m.id)).toBe(true);
  });

  it("the author or a coordinator takes an entry back within 24 h; the last one clears the flag", async () => {
    const m = await deptMatch();
    const a = await logMeeting(dept, input(m.id));
    const b = await logMeeting(m.company, input(m.id));
    expect(await codeOf(deleteMeeting(m.company, { id: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteMeeting(otherDept, { id: a.id }))).toBe("NOT_FOUND");
    await expect(deleteMeeting(dept, { id: a.id })).resolves.toEqual({ matchId: m.id, metDepartment: true });
    expect(await flag(m.id)).toBe(true);
    await db.matchMeeting.update({ where: { id: b.id }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    expect(await codeOf(deleteMeeting(m.company, { id: b.id }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteMeeting(coordinator, { id: b.id }))).toBe("FORBIDDEN");
    expect((await listMeetings(m.company, m.id))?.items.map((e) => e.canDelete)).toEqual([false]);
    await db.matchMeeting.update({ where: { id: b.id }, data: { createdAt: new Date() } });
    await expect(deleteMeeting(coordinator, { id: b.id })).resolves.toEqual({ matchId: m.id, metDepartment: false });
    expect(await flag(m.id)).toBe(false);
  });

  it("25 logs at once: 25 entries and the flag set", async () => {
    const m = await deptMatch();
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => logMeeting(dept, input(m.id))));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.matchMeeting.count({ where: { matchId: m.id } })).toBe(25);
    expect(await flag(m.id)).toBe(true);
  });

  it("deleting the last entry while another is logged never leaves the flag out of step", async () => {
    for (let round = 0; round < 8; round++) {
      const m = await deptMatch();
      const a = await logMeeting(dept, input(m.id));
      await Promise.all([deleteMeeting(dept, { id: a.id }), logMeeting(m.company, input(m.id))]);
      const left = await db.matchMeeting.count({ where: { matchId: m.id } });
      expect({ left, flag: await flag(m.id) }).toEqual({ left: 1, flag: true });
    }
  });

  it("the same entry taken back twice at once: one wins, the other finds it gone", async () => {
    const m = await deptMatch();
    const a = await logMeeting(dept, input(m.id));
    const got = await Promise.all(Array.from({ length: 5 }, () => codeOf(deleteMeeting(dept, { id: a.id }))));
    expect(got.sort()).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "allowed"]);
    expect(await flag(m.id)).toBe(false);
  });
});

describe("MEETING_LOGGED", () => {
  // The coordinator is shared by every match of this file: count only this match's notices.
  const noticesFor = (userId: string, matchId?: string) =>
    db.notification.findMany({
      where: { userId, type: "MEETING_LOGGED", ...(matchId ? { data: { path: ["matchId"], equals: matchId } } : {}) },
      select: { url: true, title: true },
    });

  it("staff logging tells the company and the coordinator, not the department itself", async () => {
    const m = await deptMatch();
    const colleague = await createUser({ role: "MUNICIPAL_STAFF", department: deptName });
    await logMeeting(dept, input(m.id));
    expect(await noticesFor(m.company.id)).toHaveLength(1);
    expect((await noticesFor(m.company.id))[0].url).toBe("/interests");
    expect(await noticesFor(coordinator.id, m.id)).toEqual([expect.objectContaining({ url: `/pipeline/${m.id}` })]);
    expect(await noticesFor(colleague.id)).toHaveLength(0);
    expect(await noticesFor(dept.id, m.id)).toHaveLength(0);
  });

  it("an introduction the municipality has not accepted: the company hears nothing of a meeting on it", async () => {
    const m = await deptMatch({ origin: "INTRODUCTION" });
    await logMeeting(dept, input(m.id));
    expect(await noticesFor(m.company.id)).toHaveLength(0);
    expect(await noticesFor(coordinator.id, m.id)).toHaveLength(1);
  });

  it("the company logging tells the department's staff (not another 課)", async () => {
    const m = await deptMatch();
    const colleague = await createUser({ role: "MUNICIPAL_STAFF", department: deptName });
    await logMeeting(m.company, input(m.id));
    expect(await noticesFor(colleague.id)).toHaveLength(1);
    expect((await noticesFor(colleague.id))[0].title).toContain("所管部署とのMTG");
    expect(await noticesFor(otherDept.id, m.id)).toHaveLength(0);
    expect(await noticesFor(m.company.id)).toHaveLength(0);
  });
});

describe("logMeetingSchema", () => {
  it("Japanese errors for a missing participant list, a future date and junk", () => {
    const r = logMeetingSchema.safeParse({ matchId: "m1", heldOn: "2999-01-01", participants: "  \u0000 " });
    expect(r.success).toBe(false);
    const errors = r.success ? {} : r.error.flatten().fieldErrors;
    expect(errors.participants).toEqual(["参加者を入力してください"]);
    expect(errors.heldOn?.[0]).toMatch(/日付/);
    const tomorrow = new Date(Date.now() + 86_400_000 * 2);
    expect(logMeetingSchema.safeParse(input("m1", { heldOn: todayJst(tomorrow) })).success).toBe(false);
    expect(logMeetingSchema.parse(input("m1", { heldOn: todayJst(), memo: " \n " }))).toMatchObject({
      memo: undefined,
    });
  });
});

describe("logMeeting, fuzzed", () => {
  it("hostile input is refused with field errors or stored cleaned; never a crash, never a lost flag", async () => {
    const m = await deptMatch();
    const valid = fc.record({
      matchId: fc.constant(m.id),
      heldOn: fc.constantFrom("2026-11-30", todayJst(), "2026-10-01", "2026-02-30", "1999-12-31", ""),
      participants: fc.oneof(fc.string({ maxLength: 250 }), fc.constant("山田\u0000、佐藤\u202e")),
      memo: fc.oneof(fc.string({ maxLength: 50 }), fc.constant('=HYPERLINK("x")\n次回')),
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(withJunkFields(valid, ["matchId", "heldOn", "participants", "memo"]), async (raw) => {
        const r = logMeetingSchema.safeParse(raw);
        if (!r.success) return;
        accepted++;
        const { id } = await logMeeting(dept, r.data);
        const row = await db.matchMeeting.findUniqueOrThrow({ where: { id } });
        expect(row.participants.length).toBeGreaterThan(0);
        expect(row.participants).not.toMatch(/[\u0000-\u001f\u007f]/);
        expect(row.heldOn.toISOString().slice(0, 10) <= todayJst()).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(accepted).toBeGreaterThan(10);
    expect(await flag(m.id)).toBe(true);
  });
});
