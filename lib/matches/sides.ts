import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { isCoordinator, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The matches a user may act on (log a meeting, set up a pilot, write the budget path, …), as a where clause:
 * coordinators every match; active staff of the match's municipality when the match is their department's (any
 * staff of the municipality while it has no department); active members of the match's company, except for an
 * introduction the municipality has not accepted yet, which the company does not know of (lib/matches/mutations.ts
 * notifies it only after acceptance). Reading is wider: lib/matches/access.ts.
 */
export function actingMatchWhere(user: SessionUser | null): Prisma.MatchWhereInput {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.status !== "ACTIVE" || !(user.organizationId || isCoordinator(user))) return noRowWhere();
  if (isCoordinator(user)) return {};
  if (isMunicipalStaff(user)) {
    return {
      municipalityId: user.organizationId!,
      OR: [{ departmentId: null }, ...(user.departmentId ? [{ departmentId: user.departmentId }] : [])],
    };
  }
  return {
    companyId: user.organizationId!,
    OR: [{ origin: { not: "INTRODUCTION" } }, { interest: { status: "ACCEPTED" } }],
  };
}

export type MatchSide = "coordinator" | "municipality" | "company";

/** Which side of a match a user acts for, given that actingMatchWhere admitted them. */
export function matchSideOf(user: SessionUser): MatchSide {
  if (isCoordinator(user)) return "coordinator";
  return isMunicipalStaff(user) ? "municipality" : "company";
}
