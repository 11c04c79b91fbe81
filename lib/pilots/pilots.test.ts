import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { moveMatch } from "@/lib/matches/mutations";
import {
  agreePilot,
  cancelPilot,
  createPilot,
  recordEndReview,
  recordMidReview,
  savePilotNote,
  updatePilot,
} from "./mutations";
import { getPilot, getPilotDraft, listPilotsAwaiting, listPilotsForMatch, pilotSelect } from "./queries";
import { shiftDate, todayJst } from "./schema";
import { codeOf, pilotCast, pilotMatch, planningPilot, termsFor, type PilotCast } from "./test-helpers";

// The gates of a pilot (issue 18 §1): who sets it up and from which stage, edits that clear agreements, the two
// agreements, the lock after AGREED, the end review, and a declined match that makes everything read-only.

let cast: PilotCast;
beforeAll(async () => {
  cast = await pilotCast();
});

const row = (id: string) => db.pilot.findUniqueOrThrow({ where: { id }, include: { criteria: true } });
const noticesOf = (userId: string, pilotId: string) =>
  db.notification.findMany({ where: { userId, url: `/pilots/${pilotId}` }, orderBy: { createdAt: "asc" } });

/** An AGREED pilot whose period ended yesterday (so the end review is open). */
async function agreedEnded() {
  const m = await pilotMatch(cast);
  const p = await planningPilot(cast, m, termsFor({ startIn: -60, days: 59 }));
  await agreePilot(cast.dept, { id: p.id, expectedVersion: p.version });
  const r = await agreePilot(m.company, { id: p.id, expectedVersion: p.version });
  if (!r.ok) throw new Error(r.reason);
  return { m, p: { id: p.id, version: r.version } };
}

describe("setting up a pilot", () => {
  it("from 商談 on by the department, the company or a coordinator; never earlier, never by anyone else", async () => {
    const got: Record<string, string> = {};
    for (const [who, u] of Object.entries({
      dept: cast.dept,
      coordinator: cast.coordinator,
      otherDept: cast.otherDept,
      otherCity: cast.otherCity,
      pending: cast.pending,
      stranger: cast.stranger,
    })) {
      const m = await pilotMatch(cast);
      got[who] = await codeOf(createPilot(u, { matchId: m.id, ...termsFor() }));
    }
    const m = await pilotMatch(cast, "FEASIBILITY");
    got.company = await codeOf(createPilot(m.company, { matchId: m.id, ...termsFor() }));
    expect(got).toEqual({
      dept: "allowed",
      coordinator: "allowed",
      company: "allowed",
      otherDept: "NOT_FOUND",
      otherCity: "NOT_FOUND",
      pending: "PENDING_APPROVAL",
      stranger: "NOT_FOUND",
    });
    for (const stage of ["INTEREST", "MATCHING", "DECLINED"] as const) {
      const early = await pilotMatch(cast, stage);
      expect(await codeOf(createPilot(cast.dept, { matchId: early.id, ...termsFor() }))).toBe(
        stage === "DECLINED" ? "refused:declined" : "refused:stage",
      );
    }
  });

  it("one open pilot per match: a second is refused and names the first; after a cancel a new one may start", async () => {
    const m = await pilotMatch(cast, "BUDGETED");
    const p = await planningPilot(cast, m);
    expect(await createPilot(m.company, { matchId: m.id, ...termsFor() })).toEqual({
      ok: false,
      reason: "open_exists",
      id: p.id,
    });
    expect((await getPilotDraft(cast.dept, m.id))?.openPilotId).toBe(p.id);
    await cancelPilot(m.company, { id: p.id, expectedVersion: p.version, reason: "体制が整わない" });
    expect(await codeOf(createPilot(cast.dept, { matchId: m.id, ...termsFor() }))).toBe("allowed");
  });

  it("stores the criteria in order and tells the other side, not the author", async () => {
    const m = await pilotMatch(cast);
    const terms = termsFor();
    const p = await planningPilot(cast, m, terms);
    const stored = await row(p.id);
    expect(stored.criteria.sort((a, b) => a.sortOrder - b.sortOrder).map((c) => c.target)).toEqual([
      "−30 %",
      "3分以内",
    ]);
    expect(stored.costFree).toBe(true);
    expect(await noticesOf(m.company.id, p.id)).toHaveLength(1);
    expect(await noticesOf(cast.coordinator.id, p.id)).toHaveLength(1);
    expect(await noticesOf(cast.dept.id, p.id)).toHaveLength(0);
  });

  it("a start up to a year back is accepted on create and shown as agreed late", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m, termsFor({ startIn: -200, days: 300 }));
    expect((await getPilot(cast.dept, p.id))?.lateStart).toBe(true);
    const fresh = await planningPilot(cast, await pilotMatch(cast));
    expect((await getPilot(cast.dept, fresh.id))?.lateStart).toBe(false);
  });
});

describe("editing while PLANNING", () => {
  it("a change clears both agreements and tells the other side (PILOT_UPDATED)", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    await agreePilot(cast.dept, { id: p.id, expectedVersion: p.version });
    expect((await row(p.id)).cityAgreedAt).not.toBeNull();
    const before = (await noticesOf(cast.dept.id, p.id)).length;
    const terms = { ...termsFor(), title: "変更後の件名" };
    const r = await updatePilot(m.company, { id: p.id, expectedVersion: p.version, ...terms });
    expect(r).toMatchObject({ ok: true, version: p.version + 1 });
    const after = await row(p.id);
    expect([after.cityAgreedAt, after.companyAgreedAt, after.title]).toEqual([null, null, "変更後の件名"]);
    const notices = await noticesOf(cast.dept.id, p.id);
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)?.type).toBe("PILOT_UPDATED");
  });

  it("saving the same terms changes nothing and keeps an agreement", async () => {
    const m = await pilotMatch(cast);
    const terms = termsFor();
    const p = await planningPilot(cast, m, terms);
    await agreePilot(cast.dept, { id: p.id, expectedVersion: p.version });
    expect(await updatePilot(cast.coordinator, { id: p.id, expectedVersion: p.version, ...terms })).toMatchObject({
      ok: true,
      version: p.version,
    });
    expect((await row(p.id)).cityAgreedAt).not.toBeNull();
  });

  it("an edit on a stale version is refused, and so is one by another 課", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    await updatePilot(cast.dept, { id: p.id, expectedVersion: p.version, ...termsFor() });
    expect(await codeOf(updatePilot(m.company, { id: p.id, expectedVersion: p.version, ...termsFor() }))).toBe(
      "refused:stale",
    );
    expect(await codeOf(updatePilot(cast.otherDept, { id: p.id, expectedVersion: p.version + 1, ...termsFor() }))).toBe(
      "NOT_FOUND",
    );
  });

  it("a start moved more than a year back is refused on edit; a stored one is kept", async () => {
    const m = await pilotMatch(cast);
    const terms = termsFor({ startIn: -300, days: 400 });
    const p = await planningPilot(cast, m, terms);
    const early = { ...terms, startsOn: shiftDate(todayJst(), { days: -400 }), midReviewOn: undefined };
    expect(await codeOf(updatePilot(cast.dept, { id: p.id, expectedVersion: p.version, ...early }))).toBe(
      "refused:start_too_early",
    );
    expect(
      await codeOf(updatePilot(cast.dept, { id: p.id, expectedVersion: p.version, ...terms, purpose: "変更" })),
    ).toBe("allowed");
  });
});

describe("agreeing", () => {
  it("a coordinator cannot agree for a side", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    expect(await codeOf(agreePilot(cast.coordinator, { id: p.id, expectedVersion: p.version }))).toBe("FORBIDDEN");
    const r = await row(p.id);
    expect([r.cityAgreedAt, r.companyAgreedAt, r.status]).toEqual([null, null, "PLANNING"]);
  });

  it("the second side's agreement makes it AGREED and locks terms and criteria", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    const first = await agreePilot(m.company, { id: p.id, expectedVersion: p.version });
    expect(first).toMatchObject({ ok: true, version: p.version });
    expect((await row(p.id)).status).toBe("PLANNING");
    const second = await agreePilot(cast.dept, { id: p.id, expectedVersion: p.version });
    expect(second).toMatchObject({ ok: true, version: p.version + 1 });
    const agreed = await row(p.id);
    expect(agreed.status).toBe("AGREED");
    expect([agreed.cityAgreedById, agreed.companyAgreedById]).toEqual([cast.dept.id, m.company.id]);
    for (const u of [cast.dept, m.company, cast.coordinator])
      expect(await codeOf(updatePilot(u, { id: p.id, expectedVersion: p.version + 1, ...termsFor() }))).toBe(
        "refused:locked",
      );
    expect((await row(p.id)).criteria).toHaveLength(2);
    const view = await getPilot(m.company, p.id);
    expect(view?.can).toMatchObject({ edit: false, agree: false, cancel: true, midReview: true });
  });

  it("an agreement to a version that was edited since is refused as stale", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    await updatePilot(cast.dept, { id: p.id, expectedVersion: p.version, ...termsFor() });
    expect(await codeOf(agreePilot(m.company, { id: p.id, expectedVersion: p.version }))).toBe("refused:stale");
  });
});

describe("reviews", () => {
  it("a mid review only while AGREED", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    expect(await codeOf(recordMidReview(cast.dept, { id: p.id, expectedVersion: p.version, note: "順調" }))).toBe(
      "refused:locked",
    );
    const a = await agreedEnded();
    expect(await codeOf(recordMidReview(a.m.company, { id: a.p.id, expectedVersion: a.p.version, note: "順調" }))).toBe(
      "allowed",
    );
    expect((await row(a.p.id)).midReviewNote).toBe("順調");
  });

  it("the end review records every criterion with its figure, ends the pilot and tells the other side", async () => {
    const { m, p } = await agreedEnded();
    const criteria = (await row(p.id)).criteria.sort((a, b) => a.sortOrder - b.sortOrder);
    const input = {
      id: p.id,
      expectedVersion: p.version,
      results: [{ id: criteria[0].id, met: "MET" as "MET" | "NOT_MET", result: "−34 %" }],
      summary: "電話は減った",
    };
    expect(await codeOf(recordEndReview(cast.dept, input))).toBe("refused:criteria_mismatch");
    input.results.push({ id: criteria[1].id, met: "NOT_MET" as const, result: "4分" });
    expect(await codeOf(recordEndReview(cast.dept, input))).toBe("allowed");
    const ended = await row(p.id);
    expect(ended.status).toBe("ENDED");
    expect(ended.endReviewNote).toBe("電話は減った");
    expect(ended.criteria.sort((a, b) => a.sortOrder - b.sortOrder).map((c) => [c.met, c.result])).toEqual([
      [true, "−34 %"],
      [false, "4分"],
    ]);
    expect((await noticesOf(m.company.id, p.id)).at(-1)?.title).toContain("終了しました");
    // After ENDED nothing changes.
    const v = ended.version;
    expect(await codeOf(recordMidReview(cast.dept, { id: p.id, expectedVersion: v, note: "x" }))).toBe(
      "refused:locked",
    );
    expect(await codeOf(cancelPilot(cast.dept, { id: p.id, expectedVersion: v, reason: "x" }))).toBe("refused:locked");
    expect(await codeOf(recordEndReview(cast.dept, { ...input, expectedVersion: v }))).toBe("refused:locked");
    expect(await codeOf(savePilotNote(cast.dept, { id: p.id, note: "x" }))).toBe("refused:locked");
  });

  it("the end review waits for the end date", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    await agreePilot(cast.dept, { id: p.id, expectedVersion: p.version });
    const r = await agreePilot(m.company, { id: p.id, expectedVersion: p.version });
    const criteria = (await row(p.id)).criteria;
    const results = criteria.map((c) => ({ id: c.id, met: "MET" as const, result: "1" }));
    expect(
      await codeOf(
        recordEndReview(cast.dept, { id: p.id, expectedVersion: r.ok ? r.version : 0, results, summary: "早い" }),
      ),
    ).toBe("refused:not_yet");
  });
});

describe("a declined match", () => {
  it("makes its pilots read-only for everyone, still readable", async () => {
    const { m, p } = await agreedEnded();
    await moveMatch(cast.coordinator, {
      id: m.id,
      to: "DECLINED",
      expectedVersion: m.version,
      declineReason: "NO_BUDGET",
    });
    const v = p.version;
    const attempts = {
      mid: await codeOf(recordMidReview(cast.dept, { id: p.id, expectedVersion: v, note: "x" })),
      cancel: await codeOf(cancelPilot(m.company, { id: p.id, expectedVersion: v, reason: "x" })),
      note: await codeOf(savePilotNote(cast.dept, { id: p.id, note: "x" })),
      create: await codeOf(createPilot(cast.dept, { matchId: m.id, ...termsFor() })),
    };
    expect(attempts).toEqual({
      mid: "refused:declined",
      cancel: "refused:declined",
      note: "refused:declined",
      create: "refused:declined",
    });
    const view = await getPilot(cast.dept, p.id);
    expect(view?.declined).toBe(true);
    expect(Object.values(view!.can).filter((x) => x === true)).toEqual([true]); // only the link to the match page
    expect((await listPilotsForMatch(cast.dept, m.id))?.canCreate).toBe(false);
  });
});

describe("internal notes", () => {
  it("each side writes its own; the other side's is never selected (the query, not only the page)", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    await savePilotNote(cast.dept, { id: p.id, note: "庁内メモ：財政課に相談済み" });
    await savePilotNote(m.company, { id: p.id, note: "社内メモ：原価は赤字" });
    expect(await codeOf(savePilotNote(cast.coordinator, { id: p.id, note: "x" }))).toBe("FORBIDDEN");
    const company = JSON.stringify(await getPilot(m.company, p.id));
    expect(company).toContain("社内メモ");
    expect(company).not.toContain("庁内メモ");
    const city = JSON.stringify(await getPilot(cast.dept, p.id));
    expect(city).toContain("庁内メモ");
    expect(city).not.toContain("社内メモ");
    const coordinator = JSON.stringify(await getPilot(cast.coordinator, p.id));
    expect(coordinator).toContain("庁内メモ");
    expect(coordinator).toContain("社内メモ");
    // The select itself leaves the other side's column out.
    const asCompany = await db.pilot.findUniqueOrThrow({ where: { id: p.id }, select: pilotSelect(false, true) });
    expect("cityNote" in asCompany).toBe(false);
    expect(asCompany.companyNote).toBe("社内メモ：原価は赤字");
  });
});

describe("reading", () => {
  it("the municipality's staff, the acting company and coordinators; not another city or company", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    const seen = async (u: Parameters<typeof getPilot>[0]) => (await getPilot(u, p.id)) !== null;
    expect({
      dept: await seen(cast.dept),
      otherDept: await seen(cast.otherDept),
      company: await seen(m.company),
      coordinator: await seen(cast.coordinator),
      otherCity: await seen(cast.otherCity),
      pending: await seen(cast.pending),
      stranger: await seen(cast.stranger),
    }).toEqual({
      dept: true,
      otherDept: true,
      company: true,
      coordinator: true,
      otherCity: false,
      pending: false,
      stranger: false,
    });
    expect((await getPilot(cast.otherDept, p.id))?.can.edit).toBe(false);
  });

  it("the department's awaiting list: its agreement pending, then its end review", async () => {
    const m = await pilotMatch(cast);
    const p = await planningPilot(cast, m);
    const ids = async () => (await listPilotsAwaiting(cast.dept)).map((x) => x.id);
    expect(await ids()).toContain(p.id);
    await agreePilot(cast.dept, { id: p.id, expectedVersion: p.version });
    expect(await ids()).not.toContain(p.id);
    const a = await agreedEnded();
    expect(await ids()).toContain(a.p.id);
    expect((await listPilotsAwaiting(cast.otherDept)).map((x) => x.id)).not.toContain(a.p.id);
  });
});
