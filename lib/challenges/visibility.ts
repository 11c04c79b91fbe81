// Who may see and who may edit a challenge, as Prisma `where` fragments. Every read and write of
// challenges goes through these two functions, so the rule lives in one place and is enforced in
// SQL: a row a viewer may not see is never loaded, and a page for it answers 404 (not 403, which
// would confirm that a private consultation exists).
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCoordinator, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";

/** Published or closed, and not a private consultation: what anyone on the internet may see. */
export const PUBLIC_CHALLENGE_WHERE: Prisma.ChallengeWhereInput = {
  status: { in: ["PUBLISHED", "CLOSED"] },
  kind: { not: "PRIVATE_CONSULTATION" },
};

const isActive = (u: SessionUser | null): u is SessionUser => !!u && u.status === "ACTIVE";

/**
 * Coordinators and admins see everything. Approved staff also see their own municipality's drafts
 * and private consultations. Pending staff only claimed a municipality at sign-up and nobody has
 * checked it yet, so they see what the public sees.
 */
export function visibleChallengeWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  if (isActive(user) && isCoordinator(user)) return {};
  if (isActive(user) && isMunicipalStaff(user) && user.organizationId) {
    return { OR: [PUBLIC_CHALLENGE_WHERE, { municipalityId: user.organizationId }] };
  }
  return PUBLIC_CHALLENGE_WHERE;
}

/** Approved staff edit their own municipality's challenges; coordinators and admins edit all. */
export function editableChallengeWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  if (isActive(user) && isCoordinator(user)) return {};
  if (isActive(user) && isMunicipalStaff(user) && user.organizationId) return { municipalityId: user.organizationId };
  return noRowWhere();
}

/** The same rule for a row already loaded, to decide whether to show 「編集」 on a page. */
export function canEditChallenge(user: SessionUser | null, challenge: { municipalityId: string }): boolean {
  if (!isActive(user)) return false;
  if (isCoordinator(user)) return true;
  return isMunicipalStaff(user) && !!user.organizationId && user.organizationId === challenge.municipalityId;
}
