import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

// A question is a conversation between two municipalities, not two persons: any ACTIVE staff of either one reads
// and writes (a colleague takes it over), nobody else does. Coordinators only learn that a question exists
// (lib/peer/queries.ts listQuestionsToConnect); companies never. SessionUser is read fresh on every request, so a
// clerk moved to another municipality or suspended loses the conversation on the next one.

/** The municipality a user speaks for in questions, or null. */
export function peerOrgOf(user: SessionUser | null): string | null {
  if (!user || !isMunicipalStaff(user) || user.status !== "ACTIVE" || !user.organizationId) return null;
  return user.organizationId;
}

/** The questions a user may read and write in, as a where clause. */
export function peerQuestionWhere(user: SessionUser | null): Prisma.PeerQuestionWhereInput {
  const org = peerOrgOf(user);
  if (!org) return noRowWhere();
  return { OR: [{ fromMunicipalityId: org }, { toMunicipalityId: org }] };
}

export type PeerSide = "asking" | "answering";

export const sideOf = (q: { fromMunicipalityId: string }, org: string): PeerSide =>
  q.fromMunicipalityId === org ? "asking" : "answering";

/** An ACTIVE clerk of one municipality, for recipient lists (a deleted account is SUSPENDED). */
export const activeStaffOf = (municipalityId: string): Prisma.UserWhereInput => ({
  role: "MUNICIPAL_STAFF",
  status: "ACTIVE",
  deletedAt: null,
  memberships: { some: { organizationId: municipalityId } },
});
