import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCompanyMember, isCoordinator, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";

// Who sees the directory: ACTIVE municipal staff (they look for partners) and ACTIVE coordinators
// and admins. Companies must not browse each other's contact people, and pending staff are not yet
// known to be who they say they are.
export function canViewDirectory(user: SessionUser | null): user is SessionUser {
  return !!user && user.status === "ACTIVE" && (isMunicipalStaff(user) || isCoordinator(user));
}

export function assertDirectoryViewer(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!canViewDirectory(user)) throw new AppError("FORBIDDEN");
  return user;
}

/** The companies this user may edit, as a where clause (members: only their own organisation). */
export function editableCompanyWhere(user: SessionUser, id: string): Prisma.OrganizationWhereInput {
  if (user.status !== "ACTIVE") return noRowWhere();
  if (isCoordinator(user)) return { id, kind: "COMPANY" };
  if (isCompanyMember(user)) return { id, kind: "COMPANY", memberships: { some: { userId: user.id } } };
  return noRowWhere();
}
