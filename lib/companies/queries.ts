import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { CAN, isCoordinator } from "@/lib/auth/roles";
import { normalize } from "@/lib/search/normalize";
import { assertDirectoryViewer, editableCompanyWhere } from "./access";
import { COMPANY_PAGE_SIZE, DEFAULT_COMPANY_FILTERS, type CompanyFilters } from "./schema";

/** Track record counts only what the public can see: published cases. */
const PUBLISHED_PARTNER: Prisma.CasePartnerWhereInput = { case: { published: true } };

/** The profile as a directory card shows it; the detail page shows this and more. */
const profileCardSelect = {
  size: true,
  industries: true,
  capabilities: true,
  services: true,
  regionsServed: true,
  logoKey: true,
  updatedAt: true,
} satisfies Prisma.CompanyProfileSelect;

const cardSelect = {
  id: true,
  name: true,
  prefectureCode: true,
  profileFilled: true,
  companyProfile: { select: profileCardSelect },
  _count: { select: { casePartnerships: { where: PUBLISHED_PARTNER } } },
} satisfies Prisma.OrganizationSelect;
export type CompanyCard = Prisma.OrganizationGetPayload<{ select: typeof cardSelect }>;

/** LIKE pattern for a literal substring: the user's % and _ match themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The filters as SQL. The keyword is folded as /search folds it (ｻｲﾎﾞｳｽﾞ = さいぼうず = サイボウズ; width,
 * case, ー and spaces ignored) and matched against the folded copies the database keeps (nameFolded,
 * textFolded; migration real_first_sources_folding), as a UNION of two trigram-indexed LIKEs: an OR across
 * the two tables could use no index and cost a full scan of 25,000 rows per search.
 */
function filterSql(f: CompanyFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`o."kind" = 'COMPANY'`];
  const q = f.q ? normalize(f.q) : "";
  if (q) {
    const p = likePattern(q);
    and.push(Prisma.sql`o."id" IN (SELECT "id" FROM "Organization" WHERE "kind" = 'COMPANY' AND "nameFolded" LIKE ${p}
      UNION SELECT "organizationId" FROM "CompanyProfile" WHERE "textFolded" LIKE ${p})`);
  }
  if (f.industry) and.push(Prisma.sql`${f.industry}::"Industry" = ANY(p."industries")`);
  if (f.size) and.push(Prisma.sql`p."size" = ${f.size}::"CompanySize"`);
  // An empty regionsServed means 全国: such a company serves every prefecture.
  if (f.region) and.push(Prisma.sql`(${f.region} = ANY(p."regionsServed") OR cardinality(p."regionsServed") = 0)`);
  if (f.track)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "CasePartner" cp JOIN "Case" c ON c."id" = cp."caseId" WHERE cp."organizationId" = o."id" AND c."published")`,
    );
  return Prisma.join(and, " AND ");
}

/** The directory: ACTIVE municipal staff and coordinators only (FORBIDDEN for anyone else). */
export async function listCompanies(viewer: SessionUser | null, filters: Partial<CompanyFilters> = {}) {
  assertDirectoryViewer(viewer);
  const f = { ...DEFAULT_COMPANY_FILTERS, ...filters };
  const where = filterSql(f);
  const from = Prisma.sql`FROM "Organization" o LEFT JOIN "CompanyProfile" p ON p."organizationId" = o."id" WHERE ${where}`;
  const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from}`;
  const total = Number(n);
  // A page past the end (an old shared link) shows the last page instead of an empty one.
  const lastPage = Math.max(1, Math.ceil(total / COMPANY_PAGE_SIZE));
  const page = Math.min(Math.max(f.page, 1), lastPage);
  // Profiles with content first, 「プロフィール未登録」 last, by name within each: the index
  // Organization(kind, profileFilled DESC, name, id) reads a page without sorting 25,000 rows.
  const ids = await db.$queryRaw<
    { id: string }[]
  >`SELECT o."id" ${from} ORDER BY o."profileFilled" DESC, o."name" ASC, o."id" ASC LIMIT ${COMPANY_PAGE_SIZE} OFFSET ${(page - 1) * COMPANY_PAGE_SIZE}`;
  const rows = await db.organization.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.map((r) => byId.get(r.id)).filter((r): r is CompanyCard => !!r);
  return { items, total, page, pageSize: COMPANY_PAGE_SIZE };
}

const detailSelect = {
  id: true,
  name: true,
  prefectureCode: true,
  corporateNumber: true,
  website: true,
  description: true,
  companyProfile: {
    select: {
      ...profileCardSelect,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      hqMunicipality: { select: { id: true, name: true, prefectureCode: true } },
    },
  },
  casePartnerships: {
    where: PUBLISHED_PARTNER,
    take: 50,
    orderBy: [{ case: { fiscalYear: "desc" } }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      case: {
        select: { id: true, title: true, fiscalYear: true, isDemo: true, municipality: { select: { name: true } } },
      },
    },
  },
} satisfies Prisma.OrganizationSelect;
export type CompanyDetail = Prisma.OrganizationGetPayload<{ select: typeof detailSelect }>;

/** One company for the directory audience; null when there is no such company (the page 404s). */
export async function getCompany(viewer: SessionUser | null, id: string): Promise<CompanyDetail | null> {
  assertDirectoryViewer(viewer);
  return db.organization.findFirst({ where: { id, kind: "COMPANY" }, select: detailSelect });
}

/** The profile as the edit form needs it; null when the user may not edit this company. */
export async function getEditableCompany(user: SessionUser | null, id: string): Promise<CompanyDetail | null> {
  const actor = assertRole(user, CAN.editCompanyProfiles, { active: true });
  return db.organization.findFirst({ where: editableCompanyWhere(actor, id), select: detailSelect });
}

/** Case partner rows a coordinator may link to a company: matching a search term, newest cases first. */
export async function searchCasePartners(user: SessionUser | null, q: string) {
  const actor = assertRole(user, CAN.curateDirectory, { active: true });
  if (!isCoordinator(actor) || !q.trim()) return [];
  return db.casePartner.findMany({
    where: { name: { contains: q.trim(), mode: "insensitive" } },
    take: 30,
    orderBy: [{ case: { fiscalYear: "desc" } }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      organizationId: true,
      case: { select: { id: true, title: true, fiscalYear: true } },
    },
  });
}
