import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleMatchWhere } from "@/lib/matches/access";
import { actingMatchWhere } from "@/lib/matches/sides";

/**
 * The matches whose pilots a user may read: everything a user may read of the match (visibleMatchWhere: coordinators,
 * the municipality's active staff), except that the company reads only the matches it acts on (actingMatchWhere: an
 * active member, never an introduction the municipality has not accepted, which the company does not know of).
 */
export function pilotMatchWhere(user: SessionUser | null): Prisma.MatchWhereInput {
  if (user && !isCoordinator(user) && !isMunicipalStaff(user)) return actingMatchWhere(user);
  return visibleMatchWhere(user);
}

/** Which internal note a viewer may see and edit: the municipality's (cityNote) or the company's (companyNote). */
export type NoteSide = "city" | "company";
export function noteSidesOf(user: SessionUser): NoteSide[] {
  if (isCoordinator(user)) return ["city", "company"];
  return isMunicipalStaff(user) ? ["city"] : ["company"];
}
