import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listThemes } from "@/lib/themes/queries";
import { isCoordinator } from "@/lib/auth/roles";
import { unpublishedCaseReaderWhere } from "@/lib/case-approval/access";
import { memoFor } from "./memo";
import { CASE_PAGE_SIZE, DEFAULT_CASE_FILTERS, figuresJson, linksJson, type CaseFilters } from "./schema";

const municipalitySelect = {
  id: true,
  name: true,
  lgCode: true,
  prefectureCode: true,
  municipalityType: true,
} satisfies Prisma.OrganizationSelect;
const themeSelect = {
  select: { slug: true, nameJa: true, nameEn: true },
  orderBy: { sortOrder: "asc" },
} satisfies Prisma.Case$themesArgs;
const partnerSelect = {
  select: { name: true, role: true },
  orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
} satisfies Prisma.Case$partnersArgs;

const cardSelect = {
  id: true,
  title: true,
  summary: true,
  scheme: true,
  outcome: true,
  fiscalYear: true,
  isDemo: true,
  published: true,
  createdAt: true,
  sourcePublisher: true,
  matchId: true,
  municipality: { select: municipalitySelect },
  partners: partnerSelect,
  themes: themeSelect,
} satisfies Prisma.CaseSelect;

export type CaseCard = Prisma.CaseGetPayload<{ select: typeof cardSelect }>;

// Real cases come before generated ones whatever the sort, so they are never buried under pages of demo
// rows; the chosen sort holds within each group. Each order has its index (schema.prisma, Case). The id
// makes the order total so pages never repeat or skip a row.
const REAL_FIRST: Prisma.CaseOrderByWithRelationInput = { isDemo: "asc" };
const orderBy: Record<CaseFilters["sort"], Prisma.CaseOrderByWithRelationInput[]> = {
  newest: [REAL_FIRST, { fiscalYear: "desc" }, { createdAt: "desc" }, { id: "asc" }],
  oldest: [REAL_FIRST, { fiscalYear: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  recent: [REAL_FIRST, { createdAt: "desc" }, { id: "asc" }],
};

/** The public can only ever see published cases; the filter is part of every public where. */
const PUBLIC: Prisma.CaseWhereInput = { published: true };

/**
 * Municipality ids by prefecture code (reference data, 1,788 rows). The prefecture filter uses them
 * as `municipalityId IN (…)`, which PostgreSQL answers from Case_municipalityId_idx; the join on
 * Organization.prefectureCode that Prisma writes for `municipality: { prefectureCode }` made it
 * scan and sort every case (docs/reliability/load.md).
 */
const municipalitiesByPrefecture = memoFor(5 * 60_000, async () => {
  const rows = await db.organization.findMany({
    where: { kind: "MUNICIPALITY", prefectureCode: { not: null } },
    select: { id: true, prefectureCode: true },
  });
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.prefectureCode!, [...(out.get(r.prefectureCode!) ?? []), r.id]);
  return out;
});

function filterWhere(f: Partial<CaseFilters>, prefMunicipalityIds?: string[]): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [PUBLIC];
  if (f.theme) and.push({ themes: { some: { slug: f.theme } } });
  // Cases only ever belong to municipalities (mutations.ts checks), so this equals the join.
  if (f.pref) and.push({ municipalityId: { in: prefMunicipalityIds ?? [] } });
  if (f.municipality)
    and.push(
      /^\d{6}$/.test(f.municipality)
        ? { municipality: { lgCode: f.municipality } }
        : { municipalityId: f.municipality },
    );
  if (f.scheme) and.push({ scheme: f.scheme });
  if (f.outcome) and.push({ outcome: f.outcome });
  if (f.year !== undefined) and.push({ fiscalYear: f.year });
  if (f.q)
    and.push({
      OR: [{ title: { contains: f.q, mode: "insensitive" } }, { summary: { contains: f.q, mode: "insensitive" } }],
    });
  return { AND: and };
}

/** The public list: published cases only, whoever is looking. */
export async function listCases(filters: Partial<CaseFilters> = {}, opts: { pageSize?: number } = {}) {
  const f = { ...DEFAULT_CASE_FILTERS, ...filters };
  const pageSize = Math.min(Math.max(opts.pageSize ?? CASE_PAGE_SIZE, 1), 100);
  const where = filterWhere(f, f.pref ? (await municipalitiesByPrefecture()).get(f.pref) : undefined);
  const total = await db.case.count({ where });
  // A page past the end (an old shared link) shows the last page instead of an empty one.
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(f.page, 1), lastPage);
  const items = await db.case.findMany({
    where,
    select: cardSelect,
    orderBy: orderBy[f.sort],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items, total, page, pageSize };
}

export async function countPublishedCases(): Promise<number> {
  return db.case.count({ where: PUBLIC });
}

/** For the home page: real (non-demo) cases first, newest fiscal year first. */
export async function listFeaturedCases(n: number): Promise<CaseCard[]> {
  return db.case.findMany({
    where: PUBLIC,
    select: cardSelect,
    take: Math.min(Math.max(n, 0), 50),
    orderBy: orderBy.newest,
  });
}

const detailSelect = {
  ...cardSelect,
  body: true,
  startedOn: true,
  endedOn: true,
  sourceUrl: true,
  sourcePublisher: true,
  sourcePublishedOn: true,
  figures: true,
  links: true,
  budgetAmount: true,
  updatedAt: true,
  partners: {
    select: { name: true, role: true, organizationId: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.CaseSelect;

export type CaseDetail = Omit<Prisma.CaseGetPayload<{ select: typeof detailSelect }>, "figures" | "links"> & {
  figures: { label: string; value: string }[];
  links: { label: string; url: string }[];
};

/**
 * One case, or null when it does not exist or the viewer may not see it (the page answers 404
 * either way). Coordinators and admins also see unpublished cases, to check them before publishing;
 * a case born from a match is also read before publication by its two sides (lib/case-approval/access.ts).
 * Cached per request: the page and its metadata both ask (the viewer is getCurrentUser's cached object).
 */
export const getCase = cache(async (id: string, viewer: SessionUser | null = null): Promise<CaseDetail | null> => {
  const where: Prisma.CaseWhereInput =
    isCoordinator(viewer) && viewer?.status === "ACTIVE"
      ? { id }
      : { AND: [{ id }, { OR: [PUBLIC, unpublishedCaseReaderWhere(viewer)] }] };
  const row = await db.case.findFirst({ where, select: detailSelect });
  if (!row) return null;
  return { ...row, figures: figuresJson.parse(row.figures), links: linksJson.parse(row.links) };
});

/**
 * Which prefectures and years have published cases: two scans of every case, the most expensive
 * part of /cases at scale (docs/reliability/load.md), so shared by all requests for a minute. A
 * newly published case's prefecture may join the filter a minute late; the list itself is live.
 */
const presentPrefecturesAndYears = memoFor(60_000, async () => {
  const [prefs, years] = await Promise.all([
    db.organization.groupBy({
      by: ["prefectureCode"],
      where: { kind: "MUNICIPALITY", cases: { some: PUBLIC } },
      orderBy: { prefectureCode: "asc" },
    }),
    db.case.groupBy({ by: ["fiscalYear"], where: PUBLIC, orderBy: { fiscalYear: "desc" } }),
  ]);
  return {
    prefectureCodes: prefs.map((p) => p.prefectureCode).filter((c): c is string => !!c),
    fiscalYears: years.map((y) => y.fiscalYear),
  };
});

/** What the filter form offers: every theme, and only the prefectures and years that have cases. */
export async function getCaseFilterOptions() {
  const [themes, present] = await Promise.all([listThemes(), presentPrefecturesAndYears()]);
  return { themes, ...present };
}

/** The name shown on the "municipality" filter chip (the filter comes from a link, not the form). */
export async function getMunicipalityLabel(idOrLgCode: string) {
  const where: Prisma.OrganizationWhereInput = /^\d{6}$/.test(idOrLgCode) ? { lgCode: idOrLgCode } : { id: idOrLgCode };
  return db.organization.findFirst({ where: { AND: [where, { kind: "MUNICIPALITY" }] }, select: municipalitySelect });
}
