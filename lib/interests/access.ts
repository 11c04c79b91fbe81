import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";

type Tx = Prisma.TransactionClient;

/**
 * The municipality side of a challenge: approved staff of the challenge's municipality. Coordinators
 * see interests (editableChallengeWhere) but the decisions — accept, decline, 営業目的のみ, approving
 * an introduction summary — belong to the municipality itself.
 */
export function municipalitySideWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  if (isMunicipalStaff(user) && user.status === "ACTIVE" && user.organizationId)
    return { municipalityId: user.organizationId };
  return noRowWhere();
}

/** Active members of a company: everyone there hears about accepts, declines and introductions. */
export async function companyMemberIds(tx: Tx, companyId: string): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { role: "COMPANY_MEMBER", status: "ACTIVE", memberships: { some: { organizationId: companyId } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The challenge's author plus the active staff of its department (if any), without duplicates. */
export async function municipalityRecipientIds(
  tx: Tx,
  challenge: { authorId: string; municipalityId: string; departmentId: string | null },
): Promise<string[]> {
  const staff = challenge.departmentId
    ? await tx.user.findMany({
        where: {
          role: "MUNICIPAL_STAFF",
          status: "ACTIVE",
          memberships: { some: { organizationId: challenge.municipalityId, departmentId: challenge.departmentId } },
        },
        select: { id: true },
      })
    : [];
  return [...new Set([challenge.authorId, ...staff.map((s) => s.id)])];
}

// Interactive transactions here wait on a per-company advisory lock; under a burst of clicks the
// default 2 s / 5 s limits of Prisma would turn queueing into errors.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;
