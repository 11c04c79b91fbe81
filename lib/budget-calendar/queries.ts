import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { visibleMatchWhere } from "@/lib/matches/access";
import { CAN, COORDINATION_ROLES, isMunicipalStaff } from "@/lib/auth/roles";
import { loadCalendars, type MunicipalityCalendar } from "./calendars";
import { budgetTimeline, dueDate, nextBudgetStep, type NextBudgetStep, type TimelineEntry } from "./next-step";
import type { CalendarFilter } from "./schema";

/** Municipal staff read their own municipality's calendar; companies never see it (it shows other companies' matches). */
export const CALENDAR_PAGE_SIZE = 50;
export { loadCalendars, type MunicipalityCalendar };

/** For the override page: coordinators and admins only; null when the id is not a municipality. */
export async function getMunicipalityCalendar(user: SessionUser | null, municipalityId: string) {
  assertRole(user, CAN.runPipeline, { active: true });
  const cal = (await loadCalendars([municipalityId])).get(municipalityId);
  if (!cal) return null;
  const last = await db.budgetCalendarStep.findFirst({
    where: { municipalityId },
    orderBy: { updatedAt: "desc" },
    select: { updatedAt: true, updatedById: true },
  });
  const editor = last?.updatedById
    ? await db.user.findUnique({ where: { id: last.updatedById }, select: { name: true } })
    : null;
  return { ...cal, updatedAt: last?.updatedAt ?? null, updatedByName: editor?.name ?? null };
}

export type CalendarRow = {
  id: string;
  stage: MatchStage;
  targetFiscalYear: number;
  municipalityId: string;
  municipalityName: string;
  companyName: string;
  challengeTitle: string | null;
  departmentName: string | null;
  coordinatorName: string | null;
  next: NextBudgetStep | null;
  timeline: TimelineEntry[];
};

const OPEN: Prisma.MatchWhereInput = { stage: { notIn: ["DECLINED", "BUDGETED"] }, targetFiscalYear: { not: null } };

/**
 * Open matches with a target fiscal year, ordered by the date of their next budget step.
 * The next step depends only on (municipality, target fiscal year), so the database groups the
 * matches by that pair; the groups are ordered here and only the page's slice of matches is read.
 * Matches whose every step has passed come last (their target year needs updating).
 */
export async function listCalendarMatches(
  user: SessionUser | null,
  filter: CalendarFilter,
  now: Date,
  pageSize = CALENDAR_PAGE_SIZE,
) {
  assertRole(user, CAN.viewPipeline, { active: true });
  const base: Prisma.MatchWhereInput = { AND: [visibleMatchWhere(user), OPEN, coordinatorWhere(filter.coordinator)] };
  const allGroups = await db.match.groupBy({
    by: ["municipalityId", "targetFiscalYear"],
    where: base,
    _count: { _all: true },
  });
  // Staff always see their own municipality's calendar, even before any match has a target year.
  const own = isMunicipalStaff(user) && user.organizationId ? [user.organizationId] : [];
  const calendars = await loadCalendars([...own, ...allGroups.map((g) => g.municipalityId)]);

  const groups = allGroups
    .filter(
      (g) =>
        (!filter.municipality || g.municipalityId === filter.municipality) &&
        (!filter.fy || g.targetFiscalYear === filter.fy),
    )
    .map((g) => {
      const cal = calendars.get(g.municipalityId);
      const fy = g.targetFiscalYear as number;
      const next = cal ? nextBudgetStep(cal.calendar, fy, now) : null;
      return {
        municipalityId: g.municipalityId,
        fy,
        count: g._count._all,
        next,
        key: next ? dueDate(next).getTime() : Number.POSITIVE_INFINITY,
        name: cal?.name ?? "",
      };
    })
    .sort((a, b) => a.key - b.key || a.fy - b.fy || a.name.localeCompare(b.name, "ja"));

  const total = groups.reduce((n, g) => n + g.count, 0);
  const from = (filter.page - 1) * pageSize;
  const slices: { group: (typeof groups)[number]; skip: number; take: number }[] = [];
  let offset = 0;
  for (const group of groups) {
    const lo = Math.max(from, offset);
    const hi = Math.min(from + pageSize, offset + group.count);
    if (lo < hi) slices.push({ group, skip: lo - offset, take: hi - lo });
    offset += group.count;
    if (offset >= from + pageSize) break;
  }

  const parts = await Promise.all(
    slices.map(({ group, skip, take }) =>
      db.match
        .findMany({
          where: { AND: [base, { municipalityId: group.municipalityId, targetFiscalYear: group.fy }] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          skip,
          take,
          select: {
            id: true,
            stage: true,
            municipalityId: true,
            company: { select: { name: true } },
            challenge: { select: { title: true } },
            department: { select: { name: true } },
            coordinator: { select: { name: true } },
          },
        })
        .then((ms) =>
          ms.map((m): CalendarRow => ({
            id: m.id,
            stage: m.stage,
            targetFiscalYear: group.fy,
            municipalityId: m.municipalityId,
            municipalityName: group.name,
            companyName: m.company.name,
            challengeTitle: m.challenge?.title ?? null,
            departmentName: m.department?.name ?? null,
            coordinatorName: m.coordinator?.name ?? null,
            next: group.next,
            timeline: budgetTimeline(calendars.get(m.municipalityId)!.calendar, group.fy, now),
          })),
        ),
    ),
  );

  const rows = parts.flat();
  const onPage = [...new Set([...own, ...rows.map((r) => r.municipalityId)])]
    .map((id) => calendars.get(id))
    .filter((c): c is MunicipalityCalendar => !!c);
  const municipalityOptions = [
    ...new Map(allGroups.map((g) => [g.municipalityId, calendars.get(g.municipalityId)?.name ?? ""])).entries(),
  ]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "ja"));
  const fiscalYears = [...new Set(allGroups.map((g) => g.targetFiscalYear as number))].sort((a, b) => a - b);
  return { total, rows, calendars: onPage, municipalityOptions, fiscalYears };
}

function coordinatorWhere(coordinator: string | undefined): Prisma.MatchWhereInput {
  if (!coordinator) return {};
  return { coordinatorId: coordinator === "none" ? null : coordinator };
}

/** People who can be in charge of a match, for the coordinator filter. */
export async function listCoordinators(user: SessionUser | null) {
  assertRole(user, CAN.runPipeline, { active: true });
  return db.user.findMany({
    where: { role: { in: [...COORDINATION_ROLES] }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 200,
  });
}
