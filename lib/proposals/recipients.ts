import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coordinatorsFor } from "@/lib/notifications/coordinators";

type Tx = Prisma.TransactionClient;

const activeStaff = (where: Prisma.MembershipWhereInput) =>
  ({ role: "MUNICIPAL_STAFF", status: "ACTIVE", memberships: { some: where } }) as const;

/**
 * The municipality's active desk members. A municipality that has no desk yet still receives proposals: they go
 * to the coordinators instead, so a proposal never goes nowhere.
 */
export async function deskRecipientIds(tx: Tx, municipalityId: string): Promise<string[]> {
  const desk = await tx.user.findMany({
    where: activeStaff({ organizationId: municipalityId, isDesk: true }),
    select: { id: true },
  });
  return desk.length ? desk.map((u) => u.id) : coordinatorsFor(tx, null);
}

/** Active staff of the department a proposal is routed to. */
export async function departmentRecipientIds(tx: Tx, municipalityId: string, departmentId: string) {
  const rows = await tx.user.findMany({
    where: activeStaff({ organizationId: municipalityId, departmentId }),
    select: { id: true },
  });
  return rows.map((u) => u.id);
}
