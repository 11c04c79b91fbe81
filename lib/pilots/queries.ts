import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingMatchWhere, matchSideOf } from "@/lib/matches/sides";
import { pilotMatchWhere } from "./access";
import { OPEN_PILOT, PILOT_STAGES, TITLE_MAX, todayJst } from "./schema";
import { storedTerms, TERMS_SELECT } from "./terms";

const personName = { select: { name: true, deletedAt: true } } as const;
const nameOf = (p: { name: string; deletedAt: Date | null } | null) => (p && !p.deletedAt ? p.name : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Whether the user acts on the match (sets up, edits, agrees, reviews), not only reads it. */
async function actsOn(user: SessionUser, matchId: string) {
  return (await db.match.count({ where: { AND: [{ id: matchId }, actingMatchWhere(user)] } })) > 0;
}

/**
 * The shared pilot page: terms, criteria, agreements, reviews and what the viewer may do. The internal notes are
 * selected only for the side they belong to (and coordinators): cityNote never leaves the database for a company
 * member, companyNote never for municipal staff. Null when the viewer may not read the pilot.
 */
export async function getPilot(user: SessionUser | null, id: string) {
  if (!user) return null;
  const coordinator = isCoordinator(user);
  const staff = isMunicipalStaff(user);
  const p = await db.pilot.findFirst({
    where: { id, match: pilotMatchWhere(user) },
    select: pilotSelect(coordinator || staff, coordinator || !staff),
  });
  if (!p) return null;
  return shape(user, p);
}

/** The page's select; a note the viewer may not read is not selected at all (false leaves the column out). */
export const pilotSelect = (cityNote: boolean, companyNote: boolean) =>
  ({
    ...TERMS_SELECT,
    id: true,
    status: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    cityAgreedAt: true,
    cityAgreedById: true,
    companyAgreedAt: true,
    companyAgreedById: true,
    midReviewedAt: true,
    midReviewNote: true,
    endReviewedAt: true,
    endReviewNote: true,
    cancelReason: true,
    cityNote,
    companyNote,
    createdBy: personName,
    criteria: {
      orderBy: { sortOrder: "asc" },
      select: { id: true, label: true, target: true, baseline: true, met: true, result: true },
    },
    match: {
      select: {
        id: true,
        stage: true,
        threadId: true,
        company: { select: { name: true } },
        municipality: { select: { name: true } },
        department: { select: { name: true } },
        challenge: { select: { title: true } },
      },
    },
  }) satisfies Prisma.PilotSelect;

type PilotRow = Prisma.PilotGetPayload<{ select: ReturnType<typeof pilotSelect> }> & {
  cityNote?: string | null;
  companyNote?: string | null;
};

async function shape(user: SessionUser, p: PilotRow) {
  const acting = await actsOn(user, p.match.id);
  const agreers = [p.cityAgreedById, p.companyAgreedById].filter((x): x is string => !!x);
  const names = new Map(
    (agreers.length
      ? await db.user.findMany({ where: { id: { in: agreers } }, select: { id: true, name: true, deletedAt: true } })
      : []
    ).map((u) => [u.id, nameOf(u)]),
  );
  const side = matchSideOf(user);
  const declined = p.match.stage === "DECLINED";
  const open = !declined && (OPEN_PILOT as readonly string[]).includes(p.status);
  const today = todayJst();
  const terms = storedTerms(p);
  return {
    id: p.id,
    status: p.status,
    version: p.version,
    terms,
    criteria: p.criteria,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    createdBy: nameOf(p.createdBy),
    cityAgreed: p.cityAgreedAt ? { at: p.cityAgreedAt, by: names.get(p.cityAgreedById ?? "") ?? null } : null,
    companyAgreed: p.companyAgreedAt
      ? { at: p.companyAgreedAt, by: names.get(p.companyAgreedById ?? "") ?? null }
      : null,
    midReview: p.midReviewedAt ? { at: p.midReviewedAt, note: p.midReviewNote ?? "" } : null,
    endReview: p.endReviewedAt ? { at: p.endReviewedAt, note: p.endReviewNote ?? "" } : null,
    cancelReason: p.cancelReason,
    /** Only the keys the viewer may read exist on this object. */
    notes: {
      ...("cityNote" in p ? { city: p.cityNote } : {}),
      ...("companyNote" in p ? { company: p.companyNote } : {}),
    } as { city?: string | null; company?: string | null },
    /** The criteria were (or will be) agreed after the start: the later agreement's JST day, or today before it. */
    lateStart:
      terms.startsOn <
      (p.cityAgreedAt && p.companyAgreedAt
        ? todayJst(new Date(Math.max(p.cityAgreedAt.getTime(), p.companyAgreedAt.getTime())))
        : today),
    match: {
      id: p.match.id,
      stage: p.match.stage,
      threadId: p.match.threadId,
      company: p.match.company.name,
      municipality: p.match.municipality.name,
      department: p.match.department?.name ?? null,
      challenge: p.match.challenge?.title ?? null,
    },
    viewer: side,
    declined,
    can: {
      edit: acting && !declined && p.status === "PLANNING",
      agree:
        acting &&
        !declined &&
        p.status === "PLANNING" &&
        ((side === "municipality" && !p.cityAgreedAt) || (side === "company" && !p.companyAgreedAt)),
      cancel: acting && open,
      midReview: acting && !declined && p.status === "AGREED",
      endReview: acting && !declined && p.status === "AGREED" && today >= terms.endsOn,
      note: acting && open && side !== "coordinator",
      /** The pipeline page is the municipality's and the coordinators'; the company's way back is its thread. */
      matchPage: side !== "company",
    },
  };
}
export type PilotView = NonNullable<Awaited<ReturnType<typeof getPilot>>>;

const LIST_SELECT = {
  id: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  cityAgreedAt: true,
  companyAgreedAt: true,
  endReviewOn: true,
} as const satisfies Prisma.PilotSelect;

const listItem = (p: Prisma.PilotGetPayload<{ select: typeof LIST_SELECT }>) => ({
  id: p.id,
  title: p.title,
  status: p.status,
  startsOn: day(p.startsOn)!,
  endsOn: day(p.endsOn)!,
  cityAgreed: p.cityAgreedAt !== null,
  companyAgreed: p.companyAgreedAt !== null,
});
export type PilotListItem = ReturnType<typeof listItem>;

/** The pilots of one match (found by id or by its thread), newest first, and whether the viewer may set one up. */
async function pilotsOfMatch(user: SessionUser | null, where: Prisma.MatchWhereInput) {
  if (!user) return null;
  const m = await db.match.findFirst({
    where: { AND: [where, pilotMatchWhere(user)] },
    select: {
      id: true,
      stage: true,
      pilots: { select: LIST_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }] },
    },
  });
  if (!m) return null;
  const open = m.pilots.some((p) => (OPEN_PILOT as readonly string[]).includes(p.status));
  const canCreate = !open && (PILOT_STAGES as readonly string[]).includes(m.stage) && (await actsOn(user, m.id));
  return { matchId: m.id, stage: m.stage, items: m.pilots.map(listItem), canCreate };
}

export const listPilotsForMatch = (user: SessionUser | null, matchId: string) => pilotsOfMatch(user, { id: matchId });
export const listPilotsForThread = (user: SessionUser | null, threadId: string) => pilotsOfMatch(user, { threadId });
export type MatchPilotList = NonNullable<Awaited<ReturnType<typeof listPilotsForMatch>>>;

/**
 * /pilots/new: the match a pilot is set up from, if the user acts on it, with the prefilled title and what stands
 * in the way (its stage, an open pilot).
 */
export async function getPilotDraft(user: SessionUser | null, matchId: string) {
  if (!user) return null;
  const m = await db.match.findFirst({
    where: { AND: [{ id: matchId }, actingMatchWhere(user)] },
    select: {
      id: true,
      stage: true,
      company: { select: { name: true } },
      municipality: { select: { name: true } },
      challenge: { select: { title: true } },
      pilots: { where: { status: { in: [...OPEN_PILOT] } }, select: { id: true }, take: 1 },
    },
  });
  if (!m) return null;
  return {
    matchId: m.id,
    stage: m.stage,
    company: m.company.name,
    municipality: m.municipality.name,
    title: `${m.challenge?.title ?? `${m.company.name} × ${m.municipality.name}`}の実証実験`.slice(0, TITLE_MAX),
    openPilotId: m.pilots[0]?.id ?? null,
    allowed: m.stage !== "DECLINED" && (PILOT_STAGES as readonly string[]).includes(m.stage),
  };
}

/**
 * The pilots waiting for the viewer's side: terms its side has not agreed yet, a mid review whose date has come,
 * and end reviews from the end date on. For the department's inbox (its own matches) and /pilots.
 */
export async function listPilotsAwaiting(user: SessionUser | null, now = new Date()) {
  if (!user) return [];
  const side = matchSideOf(user);
  const today = new Date(`${todayJst(now)}T00:00:00Z`);
  const agreement: Prisma.PilotWhereInput =
    side === "municipality"
      ? { status: "PLANNING", cityAgreedAt: null }
      : side === "company"
        ? { status: "PLANNING", companyAgreedAt: null }
        : { status: "PLANNING" };
  const rows = await db.pilot.findMany({
    where: {
      match: { AND: [actingMatchWhere(user), { stage: { not: "DECLINED" } }] },
      OR: [
        agreement,
        { status: "AGREED", midReviewedAt: null, midReviewOn: { lte: today } },
        { status: "AGREED", endsOn: { lte: today } },
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 50,
    select: LIST_SELECT,
  });
  return rows.map(listItem);
}

/** Every pilot the viewer reads, for /pilots: open ones first, then by the end of their period. */
export async function listPilots(user: SessionUser | null) {
  if (!user) return [];
  const rows = await db.pilot.findMany({
    where: { match: pilotMatchWhere(user) },
    orderBy: [{ status: "asc" }, { endsOn: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      ...LIST_SELECT,
      match: { select: { company: { select: { name: true } }, municipality: { select: { name: true } } } },
    },
  });
  return rows.map((p) => ({ ...listItem(p), company: p.match.company.name, municipality: p.match.municipality.name }));
}
