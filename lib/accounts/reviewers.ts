import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole } from "@/lib/auth/assert";
import type { SessionUser } from "@/lib/auth/session";
import { CAN, isCoordinator, noRowWhere } from "@/lib/auth/roles";
import { isDeskUser } from "@/lib/desk/access";
import { AppError } from "@/lib/errors";

// Who decides on a pending clerk account: the one place that says it, for the lists (/admin/approvals,
// /desk/staff), the counts and the decision itself (reviewStaff).
// - An account made from a desk's invitation (StaffInvitation.userId): that municipality's desk, which knows its
//   colleagues. Coordinators do not list or decide it; a desk of another municipality never sees it.
// - Any other sign-up: coordinators and admins, as before.

/** The pending staff accounts `reviewer` may decide, as a `where` on User (nothing for anyone else). */
export function reviewableStaffWhere(reviewer: SessionUser): Prisma.UserWhereInput {
  if (isDeskUser(reviewer)) return { invitation: { is: { municipalityId: reviewer.organizationId } } };
  if (isCoordinator(reviewer) && reviewer.status === "ACTIVE") return { invitation: { is: null } };
  return noRowWhere();
}

/** An active coordinator or admin, or an active desk member; otherwise the usual refusal. */
export function assertReviewer(user: SessionUser | null): SessionUser {
  const u = assertRole(user, [...CAN.reviewSignUps, ...CAN.postChallenges], { active: true });
  if (isCoordinator(u) || isDeskUser(u)) return u;
  throw new AppError("FORBIDDEN");
}
