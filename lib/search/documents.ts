import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import casesJa from "@/lib/i18n/messages/ja/cases.json";
import challengesJa from "@/lib/i18n/messages/ja/challenges.json";
import companiesJa from "@/lib/i18n/messages/ja/companies.json";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { NATIONWIDE, type SearchDocument, type SearchKind } from "./types";

// Source rows → search documents. The where clauses below are THE rule for what may be indexed:
// published cases, PUBLISHED challenges that are not private consultations (drafts, closed and
// private ones are removed), and company organisations with a profile. Anything else is removed.

export const INDEXABLE_CASE: Prisma.CaseWhereInput = { published: true };
export const INDEXABLE_CHALLENGE: Prisma.ChallengeWhereInput = {
  status: "PUBLISHED",
  kind: { not: "PRIVATE_CONSULTATION" },
};
export const INDEXABLE_COMPANY: Prisma.OrganizationWhereInput = { kind: "COMPANY", companyProfile: { isNot: null } };

const label = (table: Record<string, unknown> | undefined, key: string | null | undefined) =>
  key && table && typeof table[key] === "string" ? (table[key] as string) : "";
const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join("\n");

/** 年度: April–March in Japan time, so 2026-03-31 15:00 UTC (April 1 JST) is already FY2026. */
export function fiscalYearOf(d: Date): number {
  const jst = new Date(d.getTime() + 9 * 3600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

const caseInclude = {
  municipality: { select: { name: true, prefectureCode: true } },
  partners: { select: { name: true }, orderBy: { sortOrder: "asc" } },
  themes: { select: { id: true, nameJa: true } },
} satisfies Prisma.CaseInclude;
const challengeInclude = {
  municipality: { select: { name: true, prefectureCode: true } },
  department: { select: { name: true } },
  themes: { select: { id: true, nameJa: true } },
} satisfies Prisma.ChallengeInclude;
const companyInclude = {
  companyProfile: { include: { hqMunicipality: { select: { name: true } } } },
} satisfies Prisma.OrganizationInclude;

type CaseRow = Prisma.CaseGetPayload<{ include: typeof caseInclude }>;
type ChallengeRow = Prisma.ChallengeGetPayload<{ include: typeof challengeInclude }>;
type CompanyRow = Prisma.OrganizationGetPayload<{ include: typeof companyInclude }>;

function caseDoc(c: CaseRow): SearchDocument {
  const pref = c.municipality.prefectureCode;
  return {
    kind: "CASE",
    id: c.id,
    title: c.title,
    body: join(c.summary, c.body),
    keywords: join(
      c.municipality.name,
      prefectureName(pref),
      c.partners.map((p) => p.name).join(" "),
      c.themes.map((t) => t.nameJa).join(" "),
      label(casesJa.scheme, c.scheme),
    ),
    themeIds: c.themes.map((t) => t.id),
    prefectureCodes: pref ? [pref] : [],
    category: c.scheme,
    industries: [],
    year: c.fiscalYear,
    // Newest = latest start; cases without a start date count from the start of their fiscal year.
    date: (c.startedOn ?? new Date(Date.UTC(c.fiscalYear, 3, 1))).toISOString(),
    isDemo: c.isDemo,
  };
}

function challengeDoc(c: ChallengeRow): SearchDocument {
  const pref = c.municipality.prefectureCode;
  const published = c.publishedAt ?? c.createdAt;
  return {
    kind: "CHALLENGE",
    id: c.id,
    title: c.title,
    body: join(c.situation, c.tried, c.affected, c.success, c.companyGain, c.offerNote),
    keywords: join(
      c.municipality.name,
      prefectureName(pref),
      c.department?.name,
      c.themes.map((t) => t.nameJa).join(" "),
      label(challengesJa.kind, c.kind),
    ),
    themeIds: c.themes.map((t) => t.id),
    prefectureCodes: pref ? [pref] : [],
    category: c.kind,
    industries: [],
    year: fiscalYearOf(published),
    date: published.toISOString(),
    isDemo: c.isDemo,
  };
}

function companyDoc(o: CompanyRow): SearchDocument {
  const p = o.companyProfile!;
  // regionsServed empty means nationwide: one code, not 47 (facet counting over 25,000 companies
  // would unnest 47 values each); the service adds it to every prefecture filter on companies.
  const regions = p.regionsServed.length ? p.regionsServed : [NATIONWIDE];
  return {
    kind: "COMPANY",
    id: o.id,
    title: o.name,
    body: join(o.description, p.capabilities, p.services),
    keywords: join(
      o.nameKana,
      p.hqMunicipality?.name,
      prefectureName(o.prefectureCode),
      p.industries.map((i) => label(companiesJa.industry, i)).join(" "),
    ),
    themeIds: [],
    prefectureCodes: [...new Set([...(o.prefectureCode ? [o.prefectureCode] : []), ...regions])],
    category: p.size,
    industries: p.industries,
    year: null,
    date: p.updatedAt.toISOString(),
  };
}

/** Documents for the ids that are indexable; ids missing from the answer must be removed. */
export async function loadDocuments(kind: SearchKind, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  if (kind === "CASE")
    return (
      await db.case.findMany({ where: { AND: [{ id: { in: ids } }, INDEXABLE_CASE] }, include: caseInclude })
    ).map(caseDoc);
  if (kind === "CHALLENGE")
    return (
      await db.challenge.findMany({
        where: { AND: [{ id: { in: ids } }, INDEXABLE_CHALLENGE] },
        include: challengeInclude,
      })
    ).map(challengeDoc);
  return (
    await db.organization.findMany({
      where: { AND: [{ id: { in: ids } }, INDEXABLE_COMPANY] },
      include: companyInclude,
    })
  ).map(companyDoc);
}

/** One page of indexable ids after `after`, in id order (keyset pagination: resumable, stable under inserts). */
export async function indexableIds(kind: SearchKind, after: string | null, take: number): Promise<string[]> {
  const cursor = after ? { id: { gt: after } } : {};
  const opts = { select: { id: true }, orderBy: { id: "asc" as const }, take };
  if (kind === "CASE")
    return (await db.case.findMany({ where: { AND: [cursor, INDEXABLE_CASE] }, ...opts })).map((r) => r.id);
  if (kind === "CHALLENGE")
    return (await db.challenge.findMany({ where: { AND: [cursor, INDEXABLE_CHALLENGE] }, ...opts })).map((r) => r.id);
  return (await db.organization.findMany({ where: { AND: [cursor, INDEXABLE_COMPANY] }, ...opts })).map((r) => r.id);
}

export async function countIndexable(kind: SearchKind): Promise<number> {
  if (kind === "CASE") return db.case.count({ where: INDEXABLE_CASE });
  if (kind === "CHALLENGE") return db.challenge.count({ where: INDEXABLE_CHALLENGE });
  return db.organization.count({ where: INDEXABLE_COMPANY });
}
