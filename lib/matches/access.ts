import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which matches a user may read, as a where clause (authorization in the query):
 * coordinators and admins all; ACTIVE municipal staff their own municipality's (read-only);
 * company members their own company's (the company view selects the stage only, never notes).
 */
export function visibleMatchWhere(user: SessionUser | null): Prisma.MatchWhereInput {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.role === "COORDINATOR" || user.role === "ADMIN") return {};
  if (!user.organizationId) return { id: { in: [] } };
  if (user.role === "MUNICIPAL_STAFF") {
    if (user.status !== "ACTIVE") return { id: { in: [] } };
    return { municipalityId: user.organizationId };
  }
  return { companyId: user.organizationId };
}
