import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NoticeKey, NoticeValue } from "@/lib/notifications/notice";
import { notify, type NotificationInput } from "@/lib/notifications/outbox";
import type { NotificationType } from "@/lib/generated/prisma/enums";

// Who hears of a pilot. No next/* or session imports: the daily reminder job loads this in the worker.

type Tx = Prisma.TransactionClient;
export type PilotSide = "city" | "company" | "coordinator";

/** The match fields the recipients are found from. */
export const MATCH_PEOPLE_SELECT = {
  id: true,
  origin: true,
  companyId: true,
  municipalityId: true,
  departmentId: true,
  coordinatorId: true,
  threadId: true,
  challenge: { select: { authorId: true } },
  interest: { select: { status: true } },
} as const satisfies Prisma.MatchSelect;
export type MatchPeople = Prisma.MatchGetPayload<{ select: typeof MATCH_PEOPLE_SELECT }>;

/**
 * The acting people of the given sides, active and not deleted: the department's staff (the challenge's author while
 * the match has no department: every staff member of the city would be noise); the company's members, unless the
 * match is an introduction the municipality has not accepted (the company does not know of it); the match's
 * coordinator.
 */
export async function peopleOf(tx: Tx, m: MatchPeople, sides: PilotSide[], except?: string) {
  const or: Prisma.UserWhereInput[] = [];
  if (sides.includes("city")) {
    if (m.departmentId)
      or.push({
        role: "MUNICIPAL_STAFF",
        memberships: { some: { organizationId: m.municipalityId, departmentId: m.departmentId } },
      });
    else if (m.challenge?.authorId)
      or.push({
        role: "MUNICIPAL_STAFF",
        id: m.challenge.authorId,
        memberships: { some: { organizationId: m.municipalityId } },
      });
  }
  const companyKnows = !(m.origin === "INTRODUCTION" && m.interest?.status !== "ACCEPTED");
  if (sides.includes("company") && companyKnows)
    or.push({ role: "COMPANY_MEMBER", memberships: { some: { organizationId: m.companyId } } });
  if (sides.includes("coordinator") && m.coordinatorId) or.push({ id: m.coordinatorId });
  if (or.length === 0) return [];
  return tx.user.findMany({
    where: { status: "ACTIVE", deletedAt: null, OR: or, ...(except ? { id: { not: except } } : {}) },
    select: { id: true, role: true },
  });
}

/** Where a notice about a pilot takes each reader: the pilot page (the company reaches it through its thread too). */
export async function notifyPilot(
  tx: Tx,
  m: MatchPeople,
  opts: {
    pilotId: string;
    sides: PilotSide[];
    except?: string;
    type: NotificationType;
    key: NoticeKey;
    values: Record<string, NoticeValue>;
    dedupeKey?: (userId: string) => string;
  },
) {
  const people = await peopleOf(tx, m, opts.sides, opts.except);
  const items: NotificationInput[] = people.map((p) => ({
    userId: p.id,
    type: opts.type,
    message: { key: opts.key, values: opts.values },
    meta: { pilotId: opts.pilotId, matchId: m.id },
    url: `/pilots/${opts.pilotId}`,
    threadId: p.role === "COMPANY_MEMBER" ? (m.threadId ?? undefined) : undefined,
    dedupeKey: opts.dedupeKey?.(p.id),
  }));
  return notify(tx, items);
}
