import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCoordinator, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";

/**
 * Which matches a user may read, as a where clause (authorization in the query):
 * coordinators and admins all; ACTIVE municipal staff their own municipality's (read-only);
 * company members their own company's (the company view selects the stage only, never notes).
 */
export function visibleMatchWhere(user: SessionUser | null): Prisma.MatchWhereInput {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (isCoordinator(user)) return {};
  if (!user.organizationId) return noRowWhere();
  if (isMunicipalStaff(user)) {
    if (user.status !== "ACTIVE") return noRowWhere();
    return { municipalityId: user.organizationId };
  }
  return { companyId: user.organizationId };
}
