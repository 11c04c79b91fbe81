// The pilot (実証実験, issue 18 §1). Set up, edited, cancelled and reviewed by either acting side of the match (its
// department's staff, or any staff of the municipality while it has none; the company's active members) or a
// coordinator for the record; agreed and noted by the two sides only, never by a coordinator. Read by whoever reads
// the match, the company only where it acts. The pages' reads (/pilots/[id], /pilots/new, the match page's list) are
// scenarios here too, classified as the page would answer.
import { db } from "@/lib/db";
import { checkRole, CAN } from "@/lib/auth/roles";
import {
  agreePilotAction,
  cancelPilotAction,
  createPilotAction,
  endReviewPilotAction,
  midReviewPilotAction,
  savePilotNoteAction,
  updatePilotAction,
} from "@/lib/pilots/actions";
import { createPilot } from "@/lib/pilots/mutations";
import { getPilot, getPilotDraft, listPilots, listPilotsForMatch } from "@/lib/pilots/queries";
import { termsFor } from "@/lib/pilots/test-helpers";
import { uid } from "@/tests/fixtures/factories";
import { matchOf } from "./world";
import { act, row, type Entry, type Role, type World } from "./types";

const ACTING = row("U P A N A N A A");
const SIDES_ONLY = row("U P A N A N F F");

/** A 加賀市 match with companyOwn at 商談, without a department (so any 加賀市 staff acts on it). */
async function meetingMatch(w: World, data: { departmentId?: string; origin?: "INTRODUCTION" } = {}) {
  const m = await matchOf(w);
  return db.match.update({ where: { id: m.id }, data: { stage: "MEETING", ...data } });
}

/** A pilot on such a match, set up by the coordinator; AGREED (and past its end) when asked. */
async function pilotOf(w: World, opts: { agreed?: boolean; match?: { id: string } } = {}) {
  const m = opts.match ?? (await meetingMatch(w));
  const r = await createPilot(w.u("coordinator"), {
    matchId: m.id,
    ...(opts.agreed ? termsFor({ startIn: -60, days: 59 }) : termsFor()),
  });
  if (!r.ok) throw new Error(r.reason);
  if (opts.agreed)
    await db.pilot.update({
      where: { id: r.id },
      data: { status: "AGREED", cityAgreedAt: new Date(), companyAgreedAt: new Date() },
    });
  return db.pilot.findUniqueOrThrow({ where: { id: r.id }, include: { criteria: true } });
}

/** What a page that needs an active signed-in user answers, given what its read returns. */
async function page(w: World, role: Role, read: () => Promise<unknown>) {
  const checked = checkRole(w.users[role], CAN.useOwnAccount, { active: true });
  if ("denial" in checked) return checked.denial;
  return (await read()) ? "allowed" : "NOT_FOUND";
}

const scenario = (name: string, expect: ReturnType<typeof row>, run: (role: Role, w: World) => Promise<string>) => ({
  name,
  expect,
  run,
});

export const pilotEntries: Entry[] = [
  {
    id: "lib/pilots/actions.ts#createPilotAction",
    scenarios: [
      scenario("a 加賀市 match at 商談", ACTING, async (_, w) =>
        act(createPilotAction, { matchId: (await meetingMatch(w)).id, ...termsFor() }),
      ),
      scenario("a match of another 課 (staffOwn reads, does not act)", row("U P N N A N A A"), async (_, w) => {
        const d = await db.department.create({ data: { organizationId: w.kagaId, name: `実証別課 ${uid()}` } });
        return act(createPilotAction, { matchId: (await meetingMatch(w, { departmentId: d.id })).id, ...termsFor() });
      }),
      scenario("an introduction the municipality has not accepted", row("U P A N N N A A"), async (_, w) =>
        act(createPilotAction, { matchId: (await meetingMatch(w, { origin: "INTRODUCTION" })).id, ...termsFor() }),
      ),
      scenario("page /pilots/new?match= (getPilotDraft)", ACTING, async (role, w) => {
        const m = await meetingMatch(w);
        return page(w, role, () => getPilotDraft(w.users[role], m.id));
      }),
      scenario("page /pilots (listPilots): the pilot is listed", ACTING, async (role, w) => {
        const p = await pilotOf(w);
        return page(w, role, async () => (await listPilots(w.users[role])).some((x) => x.id === p.id));
      }),
    ],
  },
  {
    id: "lib/pilots/actions.ts#updatePilotAction",
    scenarios: [
      scenario("a PLANNING pilot", ACTING, async (_, w) => {
        const p = await pilotOf(w);
        return act(updatePilotAction, { id: p.id, expectedVersion: p.version, ...termsFor() });
      }),
      scenario("page /pilots/[id] (getPilot)", ACTING, async (role, w) => {
        const p = await pilotOf(w);
        return page(w, role, () => getPilot(w.users[role], p.id));
      }),
      scenario("page /pilots/[id] of another 課's match: the whole municipality reads", ACTING, async (role, w) => {
        const d = await db.department.create({ data: { organizationId: w.kagaId, name: `実証別課 ${uid()}` } });
        const p = await pilotOf(w, { match: await meetingMatch(w, { departmentId: d.id }) });
        return page(w, role, () => getPilot(w.users[role], p.id));
      }),
      scenario("page /pilots/[id] of an unaccepted introduction", row("U P A N N N A A"), async (role, w) => {
        const p = await pilotOf(w, { match: await meetingMatch(w, { origin: "INTRODUCTION" }) });
        return page(w, role, () => getPilot(w.users[role], p.id));
      }),
      scenario("the match page's list (listPilotsForMatch)", ACTING, async (role, w) => {
        const p = await pilotOf(w);
        return page(w, role, async () => (await listPilotsForMatch(w.users[role], p.matchId))?.items.length);
      }),
    ],
  },
  {
    id: "lib/pilots/actions.ts#agreePilotAction",
    scenarios: [
      scenario("a PLANNING pilot: the sides agree, coordinators never", SIDES_ONLY, async (_, w) => {
        const p = await pilotOf(w);
        return act(agreePilotAction, { id: p.id, expectedVersion: p.version });
      }),
    ],
  },
  {
    id: "lib/pilots/actions.ts#cancelPilotAction",
    scenarios: [
      scenario("a PLANNING pilot", ACTING, async (_, w) => {
        const p = await pilotOf(w);
        return act(cancelPilotAction, { id: p.id, expectedVersion: p.version, reason: "体制が整わない" });
      }),
    ],
  },
  {
    id: "lib/pilots/actions.ts#midReviewPilotAction",
    scenarios: [
      scenario("an AGREED pilot", ACTING, async (_, w) => {
        const p = await pilotOf(w, { agreed: true });
        return act(midReviewPilotAction, { id: p.id, expectedVersion: p.version, note: "順調" });
      }),
    ],
  },
  {
    id: "lib/pilots/actions.ts#endReviewPilotAction",
    scenarios: [
      scenario("an AGREED pilot past its end", ACTING, async (_, w) => {
        const p = await pilotOf(w, { agreed: true });
        const results = p.criteria.map((c) => ({ id: c.id, met: "MET", result: "−31 %" }));
        return act(endReviewPilotAction, { id: p.id, expectedVersion: p.version, results, summary: "達成" });
      }),
    ],
  },
  {
    id: "lib/pilots/actions.ts#savePilotNoteAction",
    scenarios: [
      scenario("a side's own note", SIDES_ONLY, async (_, w) => {
        const p = await pilotOf(w);
        return act(savePilotNoteAction, { id: p.id, note: "内部メモ" });
      }),
    ],
  },
];
