import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COORDINATION_ROLES } from "@/lib/auth/roles";
import { notify } from "./outbox";

type Tx = Prisma.TransactionClient;

/**
 * Who on the platform team hears of a match's event: the coordinator in charge of it while they are
 * active; nobody in charge (or no match yet, as for a fresh 「興味がある」) → every active coordinator,
 * the same rule as the daily 停滞 notice (lib/matches/stale-digest.ts), so nothing goes unheard.
 */
export async function coordinatorsFor(tx: Tx, coordinatorId: string | null): Promise<string[]> {
  if (coordinatorId) {
    const owner = await tx.user.findFirst({
      where: { id: coordinatorId, status: "ACTIVE", role: { in: [...COORDINATION_ROLES] } },
      select: { id: true },
    });
    if (owner) return [owner.id];
  }
  const all = await tx.user.findMany({ where: { role: "COORDINATOR", status: "ACTIVE" }, select: { id: true } });
  return all.map((u) => u.id);
}

/** In the transaction of a company's 「興味がある」: coordinators see it before the municipality answers. */
export async function notifyCoordinatorsOfInterest(
  tx: Tx,
  p: { challengeId: string; challengeTitle: string; municipalityId: string; companyId: string },
): Promise<void> {
  const recipients = await coordinatorsFor(tx, null);
  if (recipients.length === 0) return;
  const orgs = await tx.organization.findMany({
    where: { id: { in: [p.municipalityId, p.companyId] } },
    select: { id: true, name: true },
  });
  const name = (id: string) => orgs.find((o) => o.id === id)?.name ?? "";
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      type: "INTEREST_RECEIVED" as const,
      message: {
        key: "coordinatorInterest" as const,
        values: { company: name(p.companyId), municipality: name(p.municipalityId), challenge: p.challengeTitle },
      },
      url: `/challenges/${p.challengeId}/interests`,
    })),
  );
}

/** In the transaction of the municipality's approval of an introduction summary: the introducer hears of it. */
export async function notifyCoordinatorsOfIntroApproval(tx: Tx, interestId: string): Promise<void> {
  const row = await tx.interest.findUnique({
    where: { id: interestId },
    select: {
      company: { select: { name: true } },
      challenge: { select: { title: true, municipality: { select: { name: true } } } },
      match: { select: { id: true, coordinatorId: true } },
      introducedById: true,
    },
  });
  if (!row) return;
  const recipients = await coordinatorsFor(tx, row.match?.coordinatorId ?? row.introducedById);
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      type: "INTRODUCTION_APPROVED" as const,
      message: {
        key: "introductionApproved" as const,
        values: {
          municipality: row.challenge.municipality.name,
          company: row.company.name,
          challenge: row.challenge.title,
        },
      },
      url: row.match ? `/pipeline/${row.match.id}` : "/pipeline",
    })),
  );
}
