import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { isCompanyMember, isCoordinator, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingMatchWhere } from "@/lib/matches/sides";
import { visibleMatchWhere } from "@/lib/matches/access";

// Who may do what with a case born from a match (「Kyoso Hub から生まれた事例」), as where clauses on Case.
// The rules are the match's: lib/matches/sides.ts (who acts) and lib/matches/access.ts (who reads).

/** The municipality side that acts on the match, and coordinators: make, edit, ask the company, publish. */
export function caseWriterWhere(user: SessionUser): Prisma.CaseWhereInput {
  if (user.status !== "ACTIVE" || !(isCoordinator(user) || isMunicipalStaff(user))) return noRowWhere();
  return { matchId: { not: null }, match: actingMatchWhere(user) };
}

/** The company of the match: its active members answer the request, never a coordinator on its behalf. */
export function caseApproverWhere(user: SessionUser): Prisma.CaseWhereInput {
  if (user.status !== "ACTIVE" || !isCompanyMember(user) || !user.organizationId) return noRowWhere();
  return { matchId: { not: null }, match: { ...actingMatchWhere(user), companyId: user.organizationId } };
}

/**
 * Who may read a born-here case before it is published: whoever may read its match on the municipality side
 * (its staff) and, once the company has been asked at least once, the company's members. Other companies,
 * other municipalities and anonymous visitors see published cases only.
 */
export function unpublishedCaseReaderWhere(viewer: SessionUser | null): Prisma.CaseWhereInput {
  if (!viewer || viewer.status !== "ACTIVE") return noRowWhere();
  if (isMunicipalStaff(viewer)) return { matchId: { not: null }, match: visibleMatchWhere(viewer) };
  if (isCompanyMember(viewer) && viewer.organizationId)
    return { approvalRequestedAt: { not: null }, ...caseApproverWhere(viewer) };
  return noRowWhere();
}
