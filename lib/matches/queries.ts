import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { COORDINATION_ROLES, isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import { visibleMatchWhere } from "./access";
import type { MatchFilters } from "./schema";
import { ALL_STAGES } from "./stages";
import { getStaleDays, isStale, staleWhere } from "./stale";

/** What the viewer is, for choosing which columns to read: never load what a role may not see. */
export type Viewer = "coordinator" | "staff" | "company" | "none";
export function viewerOf(user: SessionUser | null): Viewer {
  if (!user || user.status !== "ACTIVE") return "none";
  if (isCoordinator(user)) return "coordinator";
  if (isMunicipalStaff(user)) return "staff";
  return "company";
}

/** Cards per board column: the board is for working, the table for browsing everything. */
export const BOARD_LIMIT = 100;

const cardSelect = {
  id: true,
  stage: true,
  version: true,
  origin: true,
  metDepartment: true,
  contentOrganized: true,
  nextAction: true,
  nextActionOn: true,
  targetFiscalYear: true,
  expectedBudget: true,
  scheme: true,
  declineReason: true,
  lastActivityAt: true,
  stageChangedAt: true,
  company: { select: { id: true, name: true } },
  municipality: { select: { id: true, name: true } },
  department: { select: { id: true, name: true } },
  coordinator: { select: { id: true, name: true } },
  challenge: { select: { id: true, title: true } },
} satisfies Prisma.MatchSelect;

type CardRow = Prisma.MatchGetPayload<{ select: typeof cardSelect }>;
/** Plain data for client components (no BigInt). */
export type MatchCard = Omit<CardRow, "expectedBudget"> & { expectedBudget: number | null; stale: boolean };

const toCard = (r: CardRow, stale: boolean): MatchCard => ({
  ...r,
  expectedBudget: r.expectedBudget === null ? null : Number(r.expectedBudget),
  stale,
});

/** Filters as a where clause, always inside the viewer's visibility (authorization in SQL). */
function filterWhere(
  user: SessionUser | null,
  f: MatchFilters,
  stale: Prisma.MatchWhereInput | null,
): Prisma.MatchWhereInput {
  const and: Prisma.MatchWhereInput[] = [visibleMatchWhere(user)];
  if (f.municipality) and.push({ municipalityId: f.municipality });
  if (f.department) and.push({ departmentId: f.department });
  if (f.theme) and.push({ challenge: { themes: { some: { slug: f.theme } } } });
  if (f.coordinator) and.push({ coordinatorId: f.coordinator === "none" ? null : f.coordinator });
  if (f.stage) and.push({ stage: f.stage });
  if (f.fy) and.push({ targetFiscalYear: f.fy });
  if (stale) and.push(stale);
  return { AND: and };
}

async function context(user: SessionUser | null, f: MatchFilters) {
  if (viewerOf(user) === "company" || viewerOf(user) === "none") return null;
  const days = await getStaleDays();
  const now = new Date();
  return { days, now, where: filterWhere(user, f, f.stale ? staleWhere(days, now) : null) };
}

export type BoardColumn = { stage: MatchStage; total: number; cards: MatchCard[] };

/** The kanban: one column per stage (incl. 見送り), most recently active first. Coordinators and staff only. */
export async function listBoard(user: SessionUser | null, f: MatchFilters): Promise<BoardColumn[]> {
  const ctx = await context(user, f);
  if (!ctx) return [];
  const [counts, columns] = await Promise.all([
    db.match.groupBy({ by: ["stage"], where: ctx.where, _count: { _all: true } }),
    Promise.all(
      ALL_STAGES.map((stage) =>
        db.match.findMany({
          where: { AND: [ctx.where, { stage }] },
          select: cardSelect,
          orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
          take: BOARD_LIMIT,
        }),
      ),
    ),
  ]);
  return ALL_STAGES.map((stage, i) => ({
    stage,
    total: counts.find((c) => c.stage === stage)?._count._all ?? 0,
    cards: columns[i].map((r) => toCard(r, isStale(r, ctx.days, ctx.now))),
  }));
}

/** The table: every visible match, paginated. */
export async function listMatches(
  user: SessionUser | null,
  f: MatchFilters,
  pageSize = 30,
): Promise<{ items: MatchCard[]; total: number; page: number }> {
  const ctx = await context(user, f);
  if (!ctx) return { items: [], total: 0, page: 1 };
  const total = await db.match.count({ where: ctx.where });
  const page = Math.min(f.page, Math.max(1, Math.ceil(total / pageSize)));
  const rows = await db.match.findMany({
    where: ctx.where,
    select: cardSelect,
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map((r) => toCard(r, isStale(r, ctx.days, ctx.now))), total, page };
}

const historySelect = {
  id: true,
  fromStage: true,
  toStage: true,
  createdAt: true,
  actor: { select: { name: true } },
} satisfies Prisma.MatchStageChangeSelect;

/**
 * One match for the detail page, shaped by role: coordinators everything; municipal staff no
 * internal note and no history notes; a company only its stage. null when not visible.
 */
export async function getMatch(user: SessionUser | null, id: string) {
  const viewer = viewerOf(user);
  if (viewer === "none") return null;
  const where = { AND: [{ id }, visibleMatchWhere(user)] };
  if (viewer === "company") {
    const m = await db.match.findFirst({ where, select: { id: true, stage: true } });
    return m ? ({ viewer, ...m } as const) : null;
  }
  const coordinator = viewer === "coordinator";
  const m = await db.match.findFirst({
    where,
    select: {
      ...cardSelect,
      declineNote: true,
      maxStageRank: true,
      createdAt: true,
      threadId: true,
      coordinatorId: true,
      departmentId: true,
      internalNote: coordinator,
      changes: { select: { ...historySelect, note: coordinator }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    },
  });
  if (!m) return null;
  const days = await getStaleDays();
  return {
    viewer,
    ...m,
    expectedBudget: m.expectedBudget === null ? null : Number(m.expectedBudget),
    internalNote: coordinator ? (m.internalNote ?? null) : null,
    changes: m.changes.map((c) => ({ ...c, note: coordinator ? (c.note ?? null) : null })),
    stale: isStale(m, days, new Date()),
  };
}
export type MatchDetail = Exclude<Awaited<ReturnType<typeof getMatch>>, null | { viewer: "company" }>;

/** The match a thread belongs to, for the thread page's link to it; only for those who may open the match. */
export async function findMatchIdForThread(user: SessionUser | null, threadId: string): Promise<string | null> {
  const viewer = viewerOf(user);
  if (viewer !== "coordinator" && viewer !== "staff") return null;
  const m = await db.match.findFirst({ where: { AND: [{ threadId }, visibleMatchWhere(user)] }, select: { id: true } });
  return m?.id ?? null;
}

/** Choices for the edit form: the match municipality's departments and the active coordinators. */
export async function getEditOptions(municipalityId: string) {
  const [departments, coordinators] = await Promise.all([
    db.department.findMany({
      where: { organizationId: municipalityId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    listCoordinators(),
  ]);
  return { departments, coordinators };
}

const listCoordinators = () =>
  db.user.findMany({
    where: { role: { in: [...COORDINATION_ROLES] }, status: "ACTIVE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });

/** Choices for the filter form, limited to what the viewer may see. */
export async function getFilterOptions(user: SessionUser | null, f: MatchFilters) {
  const viewer = viewerOf(user);
  if (viewer !== "coordinator" && viewer !== "staff")
    return { municipalities: [], departments: [], coordinators: [], fiscalYears: [] };
  const visible = visibleMatchWhere(user);
  const municipalityId = viewer === "staff" ? user!.organizationId! : f.municipality;
  const [municipalities, departments, coordinators, years] = await Promise.all([
    viewer === "coordinator"
      ? db.organization.findMany({
          where: { kind: "MUNICIPALITY", municipalityMatches: { some: {} } },
          select: { id: true, name: true },
          orderBy: { lgCode: "asc" },
          take: 500,
        })
      : Promise.resolve([]),
    db.department.findMany({
      where: municipalityId ? { organizationId: municipalityId } : { matches: { some: visible } },
      select: { id: true, name: true, organization: { select: { name: true } } },
      orderBy: [{ organizationId: "asc" }, { name: "asc" }],
      take: 500,
    }),
    listCoordinators(),
    db.match.findMany({
      where: { AND: [visible, { targetFiscalYear: { not: null } }] },
      distinct: ["targetFiscalYear"],
      select: { targetFiscalYear: true },
    }),
  ]);
  const fiscalYears = [...new Set(years.map((y) => y.targetFiscalYear!))].sort((a, b) => a - b);
  return {
    municipalities,
    departments: departments.map((d) => ({
      id: d.id,
      name: municipalityId ? d.name : `${d.organization.name} ${d.name}`,
    })),
    coordinators,
    fiscalYears,
  };
}
