import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { noRowWhere } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pilotMatchWhere } from "@/lib/pilots/access";
import { TERMS_SELECT } from "@/lib/pilots/terms";
import { budgetReadWhere } from "@/lib/budget-path/access";
import { loadCalendars } from "@/lib/budget-calendar/calendars";
import { budgetTimeline } from "@/lib/budget-calendar/next-step";

// Reads for the generated documents. Each selects only what the document prints: the pilot's and the match's
// internal notes (cityNote, companyNote, Match.internalNote) are never loaded, so no template can leak them.

/** Both sides and coordinators: exactly who reads the pilot's page (lib/pilots/access.ts). */
function pilotReadWhere(user: SessionUser | null): Prisma.PilotWhereInput {
  return user ? { match: pilotMatchWhere(user) } : noRowWhere();
}

const criteria = {
  orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  select: { label: true, target: true, baseline: true, met: true, result: true },
} satisfies Prisma.Pilot$criteriaArgs;

export async function getPilotDocument(user: SessionUser | null, pilotId: string) {
  return db.pilot.findFirst({
    where: { AND: [{ id: pilotId }, pilotReadWhere(user)] },
    select: {
      id: true,
      status: true,
      ...TERMS_SELECT,
      midReviewedAt: true,
      midReviewNote: true,
      endReviewedAt: true,
      endReviewNote: true,
      criteria,
      match: {
        select: {
          municipality: { select: { name: true } },
          company: { select: { name: true } },
          department: { select: { name: true } },
        },
      },
    },
  });
}
export type PilotDocument = NonNullable<Awaited<ReturnType<typeof getPilotDocument>>>;

const SIMILAR_CASES = 3;

/** Everything the budget memo prints, or null for anyone but the municipality side and coordinators. */
export async function getMemoData(user: SessionUser | null, matchId: string, now = new Date()) {
  const m = await db.match.findFirst({
    where: { AND: [{ id: matchId }, budgetReadWhere(user)] },
    select: {
      id: true,
      municipalityId: true,
      fundingSource: true,
      fundingName: true,
      procurementRoute: true,
      scheme: true,
      expectedBudget: true,
      targetFiscalYear: true,
      municipality: { select: { name: true } },
      company: { select: { name: true } },
      department: { select: { name: true } },
      challenge: { select: { title: true, situation: true, themes: { select: { id: true, nameJa: true } } } },
      pilots: {
        where: { status: "ENDED" },
        orderBy: [{ endReviewedAt: { sort: "desc", nulls: "last" } }, { endsOn: "desc" }],
        take: 1,
        select: { title: true, startsOn: true, endsOn: true, endReviewNote: true, criteria },
      },
    },
  });
  if (!m) return null;
  const themeIds = m.challenge?.themes.map((t) => t.id) ?? [];
  const [cases, calendars] = await Promise.all([
    themeIds.length
      ? db.case.findMany({
          where: {
            published: true,
            municipalityId: { not: m.municipalityId },
            themes: { some: { id: { in: themeIds } } },
          },
          // Real cases before demo data, newest first: a memo must not cite an invented case where a real one exists.
          orderBy: [{ isDemo: "asc" }, { fiscalYear: "desc" }, { createdAt: "desc" }, { id: "asc" }],
          take: SIMILAR_CASES,
          select: {
            id: true,
            title: true,
            fiscalYear: true,
            isDemo: true,
            figures: true,
            municipality: { select: { name: true } },
          },
        })
      : [],
    loadCalendars([m.municipalityId]),
  ]);
  const calendar = calendars.get(m.municipalityId);
  const steps =
    calendar && m.targetFiscalYear
      ? budgetTimeline(calendar.calendar, m.targetFiscalYear, now).filter((s) => s.status !== "passed")
      : [];
  return { match: m, pilot: m.pilots[0] ?? null, cases, steps, author: user?.name ?? "" };
}
export type MemoData = NonNullable<Awaited<ReturnType<typeof getMemoData>>>;
