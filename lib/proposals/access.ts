import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCompanyMember, isCoordinator, noRowWhere } from "@/lib/auth/roles";
import { isDepartmentUser, isDeskUser } from "@/lib/desk/access";

// Who sees a proposal (issue 17 §2): its company, the desk of its municipality, the department it is routed to
// — only while it stays routed there — and coordinators. Proposal contents are private between them; everyone
// else gets the same 404 as for an id that does not exist.

export type ProposalSide = "company" | "desk" | "department" | "coordinator";

/** The proposals a user may read, as a where clause evaluated now (a re-routed department loses them at once). */
export function visibleProposalWhere(user: SessionUser | null): Prisma.ProposalWhereInput {
  if (!user || user.status !== "ACTIVE") return noRowWhere();
  if (isCoordinator(user)) return {};
  if (isCompanyMember(user) && user.organizationId) return { companyId: user.organizationId };
  const sides: Prisma.ProposalWhereInput[] = [];
  if (isDeskUser(user)) sides.push({ municipalityId: user.organizationId });
  if (isDepartmentUser(user)) sides.push({ municipalityId: user.organizationId, departmentId: user.departmentId });
  return sides.length ? { OR: sides } : noRowWhere();
}

/** The desk's own proposals: the ones it may act on. */
export function deskProposalWhere(user: SessionUser): Prisma.ProposalWhereInput {
  return isDeskUser(user) ? { municipalityId: user.organizationId } : noRowWhere();
}

/** The proposals routed to the user's department (desk members answer as the desk, not here). */
export function departmentProposalWhere(user: SessionUser): Prisma.ProposalWhereInput {
  return isDepartmentUser(user)
    ? { municipalityId: user.organizationId, departmentId: user.departmentId }
    : noRowWhere();
}

/** Which side a viewer reads a proposal from; the desk wins over its own department. */
export function sideOf(
  user: SessionUser,
  p: { municipalityId: string; companyId: string; departmentId: string | null },
): ProposalSide | null {
  if (isCoordinator(user) && user.status === "ACTIVE") return "coordinator";
  if (isCompanyMember(user) && user.organizationId === p.companyId) return "company";
  if (isDeskUser(user) && user.organizationId === p.municipalityId) return "desk";
  if (isDepartmentUser(user) && user.organizationId === p.municipalityId && user.departmentId === p.departmentId)
    return "department";
  return null;
}
