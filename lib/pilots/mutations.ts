import "server-only";
import { db } from "@/lib/db";
import { assertRole } from "@/lib/auth/assert";
import type { SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingMatchWhere, matchSideOf } from "@/lib/matches/sides";
import type { NoticeKey } from "@/lib/notifications/notice";
import { MATCH_PEOPLE_SELECT, notifyPilot, type PilotSide } from "./people";
import {
  earliestStart,
  OPEN_PILOT,
  PILOT_STAGES,
  todayJst,
  type AgreePilotInput,
  type CancelPilotInput,
  type CreatePilotInput,
  type EndReviewInput,
  type MidReviewInput,
  type PilotNoteInput,
  type PilotTerms,
  type UpdatePilotInput,
} from "./schema";
import { sameTerms, storedTerms, termsData, TERMS_SELECT } from "./terms";

type Tx = Prisma.TransactionClient;
/** Writes on one pilot (or one match's creates) queue on its row lock; a burst waits for the pool rather than fail. */
const TX = { maxWait: 15_000, timeout: 30_000 } as const;

/** Expected "no"s the form shows in plain Japanese; bugs and refusals are thrown. */
export type PilotRefusal =
  | "stale" // the terms changed since the form was loaded
  | "declined" // the match was declined: read-only
  | "locked" // not in a state that allows this (terms after agreement, anything after the end)
  | "stage" // the match is not at 商談 or later
  | "open_exists" // the match already has an open pilot
  | "not_yet" // the end review before the end date
  | "start_too_early"
  | "criteria_mismatch"; // an end review that does not record every criterion
export type PilotOutcome = { ok: true; id: string; version: number } | { ok: false; reason: PilotRefusal; id?: string };

const refuse = (reason: PilotRefusal, id?: string): PilotOutcome => ({ ok: false, reason, id });
const signedIn = (user: SessionUser | null) => assertRole(user, CAN.useOwnAccount, { active: true });
const others = (side: ReturnType<typeof matchSideOf>): PilotSide[] =>
  side === "municipality"
    ? ["company", "coordinator"]
    : side === "company"
      ? ["city", "coordinator"]
      : ["city", "company"];

/**
 * Creates a pilot from a match at 商談 or later. The match row is locked first, so parallel creates for one match run
 * one after another and each sees the pilot the one before it made: at most one open pilot per match.
 */
export async function createPilot(user: SessionUser | null, input: CreatePilotInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  return db.$transaction(async (tx) => {
    const found = await tx.match.findFirst({
      where: { AND: [{ id: input.matchId }, actingMatchWhere(u)] },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    await tx.$queryRaw`SELECT 1 FROM "Match" WHERE "id" = ${found.id} FOR UPDATE`;
    const m = await tx.match.findUniqueOrThrow({
      where: { id: found.id },
      select: { ...MATCH_PEOPLE_SELECT, stage: true },
    });
    if (m.stage === "DECLINED") return refuse("declined");
    if (!(PILOT_STAGES as readonly string[]).includes(m.stage)) return refuse("stage");
    const open = await tx.pilot.findFirst({
      where: { matchId: m.id, status: { in: [...OPEN_PILOT] } },
      select: { id: true },
    });
    if (open) return refuse("open_exists", open.id);
    const { matchId: _, ...terms } = input;
    const p = await tx.pilot.create({
      data: { ...termsData(terms), matchId: m.id, createdById: u.id, criteria: { create: criteriaRows(terms) } },
      select: { id: true, version: true },
    });
    await tell(tx, u, m, p.id, "pilotCreated", input.title);
    return { ok: true, id: p.id, version: p.version };
  }, TX);
}

const criteriaRows = (t: PilotTerms) =>
  t.criteria.map((c, i) => ({ sortOrder: i, label: c.label, target: c.target, baseline: c.baseline ?? null }));

/**
 * The pilot, if the user acts on its match, locked (FOR UPDATE) and then read as it is after every write before it
 * committed. Every write on a pilot starts here, so agreements, edits and reviews of one pilot never interleave.
 */
async function lockPilot(tx: Tx, u: SessionUser, id: string) {
  const found = await tx.pilot.findFirst({ where: { id, match: actingMatchWhere(u) }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT 1 FROM "Pilot" WHERE "id" = ${id} FOR UPDATE`;
  return tx.pilot.findUniqueOrThrow({
    where: { id },
    select: {
      ...TERMS_SELECT,
      id: true,
      status: true,
      version: true,
      cityAgreedAt: true,
      companyAgreedAt: true,
      criteria: { select: { id: true, label: true, target: true, baseline: true }, orderBy: { sortOrder: "asc" } },
      match: { select: { ...MATCH_PEOPLE_SELECT, stage: true } },
    },
  });
}
type Locked = Awaited<ReturnType<typeof lockPilot>>;

/** The checks every write makes after the lock: a declined match is read-only; the state; the version seen. */
function gate(p: Locked, allowed: readonly Locked["status"][], expectedVersion: number): PilotRefusal | null {
  if (p.match.stage === "DECLINED") return "declined";
  if (!allowed.includes(p.status)) return "locked";
  if (p.version !== expectedVersion) return "stale";
  return null;
}

async function tell(tx: Tx, u: SessionUser, m: Locked["match"], pilotId: string, key: NoticeKey, title: string) {
  await notifyPilot(tx, m, {
    pilotId,
    sides: others(matchSideOf(u)),
    except: u.id,
    type: "PILOT_UPDATED",
    key,
    values: { title, side: matchSideOf(u) },
  });
}

/**
 * Edits the terms and criteria while PLANNING (either side or a coordinator). A real change clears both agreements
 * and the other side hears: nobody is ever bound to terms they did not see. Saving unchanged terms changes nothing.
 */
export async function updatePilot(user: SessionUser | null, input: UpdatePilotInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  return db.$transaction(async (tx) => {
    const p = await lockPilot(tx, u, input.id);
    const no = gate(p, ["PLANNING"], input.expectedVersion);
    if (no) return refuse(no, p.id);
    const { id: _, expectedVersion: __, ...terms } = input;
    // A start accepted at creation stays acceptable; a new start follows the rule for new pilots.
    const stored = storedTerms(p);
    if (terms.startsOn !== stored.startsOn && terms.startsOn < earliestStart()) return refuse("start_too_early", p.id);
    if (sameTerms(stored, terms)) return { ok: true, id: p.id, version: p.version };
    await tx.pilotCriterion.deleteMany({ where: { pilotId: p.id } });
    const r = await tx.pilot.update({
      where: { id: p.id },
      data: {
        ...termsData(terms),
        criteria: { create: criteriaRows(terms) },
        cityAgreedAt: null,
        cityAgreedById: null,
        companyAgreedAt: null,
        companyAgreedById: null,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await tell(tx, u, p.match, p.id, "pilotUpdated", terms.title);
    return { ok: true, id: p.id, version: r.version };
  }, TX);
}

/**
 * One side agrees to the terms of the version it was shown. A coordinator never agrees for a side. The second
 * agreement makes the pilot AGREED and locks its terms. An agreement alone does not bump the version, so the two
 * sides agreeing at the same moment both succeed; an edit in between bumps it, and an agreement to the older
 * version is refused as stale.
 */
export async function agreePilot(user: SessionUser | null, input: AgreePilotInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  const side = matchSideOf(u);
  if (side === "coordinator") throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const p = await lockPilot(tx, u, input.id);
    const no = gate(p, ["PLANNING"], input.expectedVersion);
    if (no) return refuse(no, p.id);
    const now = new Date();
    const mine =
      side === "municipality"
        ? { cityAgreedAt: now, cityAgreedById: u.id }
        : { companyAgreedAt: now, companyAgreedById: u.id };
    const theirs = side === "municipality" ? p.companyAgreedAt : p.cityAgreedAt;
    const already = side === "municipality" ? p.cityAgreedAt : p.companyAgreedAt;
    if (already) return { ok: true, id: p.id, version: p.version };
    const both = theirs !== null;
    const r = await tx.pilot.update({
      where: { id: p.id },
      data: { ...mine, ...(both ? { status: "AGREED" as const, version: { increment: 1 } } : {}) },
      select: { version: true },
    });
    await tell(tx, u, p.match, p.id, both ? "pilotAgreedBoth" : "pilotAgreed", p.title);
    return { ok: true, id: p.id, version: r.version };
  }, TX);
}

/** Either side (or a coordinator, for the record) cancels a pilot that has not ended, with a reason. */
export async function cancelPilot(user: SessionUser | null, input: CancelPilotInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  return db.$transaction(async (tx) => {
    const p = await lockPilot(tx, u, input.id);
    const no = gate(p, OPEN_PILOT, input.expectedVersion);
    if (no) return refuse(no, p.id);
    const r = await tx.pilot.update({
      where: { id: p.id },
      data: { status: "CANCELLED", cancelReason: input.reason, version: { increment: 1 } },
      select: { version: true },
    });
    await tell(tx, u, p.match, p.id, "pilotCancelled", p.title);
    return { ok: true, id: p.id, version: r.version };
  }, TX);
}

/** The mid review: a note either side (or a coordinator) records while the pilot runs; a later one replaces it. */
export async function recordMidReview(user: SessionUser | null, input: MidReviewInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  return db.$transaction(async (tx) => {
    const p = await lockPilot(tx, u, input.id);
    const no = gate(p, ["AGREED"], input.expectedVersion);
    if (no) return refuse(no, p.id);
    const r = await tx.pilot.update({
      where: { id: p.id },
      data: { midReviewedAt: new Date(), midReviewNote: input.note, version: { increment: 1 } },
      select: { version: true },
    });
    await tell(tx, u, p.match, p.id, "pilotMidReviewed", p.title);
    return { ok: true, id: p.id, version: r.version };
  }, TX);
}

/**
 * The end review, from the end date on: every criterion met or not with its figure, and a 総括. The pilot ENDS and
 * nothing about it changes after that (the case and the budget memo quote these results).
 */
export async function recordEndReview(user: SessionUser | null, input: EndReviewInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  return db.$transaction(async (tx) => {
    const p = await lockPilot(tx, u, input.id);
    const no = gate(p, ["AGREED"], input.expectedVersion);
    if (no) return refuse(no, p.id);
    if (todayJst() < storedTerms(p).endsOn) return refuse("not_yet", p.id);
    const ids = p.criteria.map((c) => c.id).sort();
    const given = input.results.map((r) => r.id).sort();
    if (ids.length !== given.length || ids.some((id, i) => id !== given[i])) return refuse("criteria_mismatch", p.id);
    for (const c of input.results)
      await tx.pilotCriterion.update({ where: { id: c.id }, data: { met: c.met === "MET", result: c.result } });
    const r = await tx.pilot.update({
      where: { id: p.id },
      data: { status: "ENDED", endReviewedAt: new Date(), endReviewNote: input.summary, version: { increment: 1 } },
      select: { version: true },
    });
    await tell(tx, u, p.match, p.id, "pilotEnded", p.title);
    return { ok: true, id: p.id, version: r.version };
  }, TX);
}

/**
 * A side's internal note: the municipality's staff write cityNote, the company's members companyNote; neither ever
 * reads the other's (lib/pilots/queries.ts). Coordinators read both and write neither. Not versioned: each side has
 * its own field, and it is not part of the agreed terms.
 */
export async function savePilotNote(user: SessionUser | null, input: PilotNoteInput): Promise<PilotOutcome> {
  const u = signedIn(user);
  const side = matchSideOf(u);
  if (side === "coordinator") throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const p = await lockPilot(tx, u, input.id);
    const no = gate(p, OPEN_PILOT, p.version);
    if (no) return refuse(no, p.id);
    const note = input.note ?? null;
    await tx.pilot.update({
      where: { id: p.id },
      data: side === "municipality" ? { cityNote: note } : { companyNote: note },
    });
    return { ok: true, id: p.id, version: p.version };
  }, TX);
}
