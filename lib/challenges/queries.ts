import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicFilters } from "./schema";
import { editableChallengeWhere, visibleChallengeWhere } from "./visibility";

const cardSelect = {
  id: true,
  kind: true,
  programKind: true,
  status: true,
  title: true,
  budgetStatus: true,
  isDemo: true,
  publishedAt: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
  municipality: { select: { id: true, name: true, prefectureCode: true, municipalityType: true } },
  department: { select: { name: true } },
  themes: { select: { slug: true, nameJa: true, nameEn: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ChallengeSelect;

export type ChallengeCard = Prisma.ChallengeGetPayload<{ select: typeof cardSelect }>;

// Real challenges before the seeded demo ones (isDemo), newest first within each.
const newestFirst: Prisma.ChallengeOrderByWithRelationInput[] = [
  { isDemo: "asc" },
  { publishedAt: { sort: "desc", nulls: "last" } },
  { createdAt: "desc" },
  { id: "asc" },
];

/**
 * The public list: anonymous visibility, whoever is looking, so a signed-in coordinator sees the
 * same list as a company. 募集中 (PUBLISHED) unless the filter asks for 終了 (CLOSED).
 */
export async function listPublicChallenges(filters: Partial<PublicFilters> & { pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(filters.pageSize ?? 20, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);
  const where: Prisma.ChallengeWhereInput = {
    AND: [
      visibleChallengeWhere(null),
      { status: filters.status === "closed" ? "CLOSED" : "PUBLISHED" },
      filters.kind ? { kind: filters.kind } : {},
      filters.theme ? { themes: { some: { slug: filters.theme } } } : {},
      filters.pref ? { municipality: { prefectureCode: filters.pref } } : {},
      filters.budget ? { budgetStatus: filters.budget } : {},
    ],
  };
  // Not a $transaction: a page and its count a moment apart are fine, and under load waiting for a
  // transaction slot failed requests with P2028 (docs/reliability/load.md).
  const [items, total] = await Promise.all([
    db.challenge.findMany({
      where,
      select: cardSelect,
      orderBy: newestFirst,
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.challenge.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** 募集中 challenges anyone can see: the number on the home page. */
export async function countOpenChallenges(): Promise<number> {
  return db.challenge.count({ where: { AND: [visibleChallengeWhere(null), { status: "PUBLISHED" }] } });
}

/** Shared with interests/queries: an introduced company sees the same page as any other viewer. */
export const challengeDetailInclude = {
  municipality: { select: { id: true, name: true, prefectureCode: true, municipalityType: true } },
  department: { select: { id: true, name: true } },
  author: { select: { name: true } },
  themes: { select: { slug: true, nameJa: true, nameEn: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ChallengeInclude;

export type ChallengeDetail = Prisma.ChallengeGetPayload<{ include: typeof challengeDetailInclude }>;

/**
 * null when the challenge does not exist or the viewer may not see it: the page answers 404 either way.
 * Cached per request: the page and its metadata both ask (the user is getCurrentUser's cached object).
 */
export const getChallengeForViewer = cache(
  async (id: string, user: SessionUser | null): Promise<ChallengeDetail | null> =>
    db.challenge.findFirst({ where: { AND: [{ id }, visibleChallengeWhere(user)] }, include: challengeDetailInclude }),
);

/** For the edit wizard: visible AND editable, else null. */
export async function getChallengeForEdit(id: string, user: SessionUser | null): Promise<ChallengeDetail | null> {
  return db.challenge.findFirst({
    where: { AND: [{ id }, visibleChallengeWhere(user), editableChallengeWhere(user)] },
    include: challengeDetailInclude,
  });
}

/**
 * /my/challenges: staff see their municipality's challenges including drafts; coordinators and
 * admins see every municipality's, private ones too. Anyone else sees nothing here.
 */
export async function listMunicipalityChallenges(
  user: SessionUser | null,
  opts: { page?: number; pageSize?: number } = {},
) {
  const pageSize = opts.pageSize ?? 50;
  const page = Math.max(opts.page ?? 1, 1);
  const where: Prisma.ChallengeWhereInput = { AND: [visibleChallengeWhere(user), editableChallengeWhere(user)] };
  const [items, total] = await Promise.all([
    db.challenge.findMany({
      where,
      select: { ...cardSelect, kindChosen: true, author: { select: { name: true } } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.challenge.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** Departments the wizard offers for a municipality (所管部署). */
export async function listDepartments(organizationId: string | null) {
  if (!organizationId) return [];
  return db.department.findMany({
    where: { organizationId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Name and prefecture of the author's municipality, for the wizard's preview. */
export async function getMunicipalitySummary(organizationId: string | null) {
  const org = organizationId
    ? await db.organization.findUnique({
        where: { id: organizationId },
        select: { name: true, prefectureCode: true, municipalityType: true },
      })
    : null;
  return {
    name: org?.name ?? "",
    prefectureCode: org?.prefectureCode ?? null,
    isPrefecture: org?.municipalityType === "PREFECTURE",
  };
}
