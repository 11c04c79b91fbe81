import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, type NotificationInput } from "@/lib/notifications/outbox";
import { businessDaysBetween } from "./due";
import { OPEN_PROPOSAL_STATUSES } from "./targets";

export type OverdueProposal = {
  id: string;
  title: string;
  company: string;
  status: (typeof OPEN_PROPOSAL_STATUSES)[number];
  dueAt: Date;
  /** Business days since the target time passed (0 on the day it passed). */
  daysOverdue: number;
};

/** The desk of a municipality: its active staff whose membership has isDesk. */
export const activeDeskWhere = (municipalityId: string): Prisma.UserWhereInput => ({
  role: "MUNICIPAL_STAFF",
  status: "ACTIVE",
  memberships: { some: { organizationId: municipalityId, isDesk: true } },
});

const BATCH = 500;

const overdueWhere = (now: Date): Prisma.ProposalWhereInput => ({
  status: { in: [...OPEN_PROPOSAL_STATUSES] },
  dueAt: { lt: now },
});

/** A municipality's proposals past their target time, longest overdue first (the /desk hub and the digest). */
export async function overdueProposals(
  municipalityId: string,
  now = new Date(),
  take = 50,
): Promise<OverdueProposal[]> {
  const rows = await db.proposal.findMany({
    where: { municipalityId, ...overdueWhere(now) },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, title: true, status: true, dueAt: true, company: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    company: r.company.name,
    status: r.status as OverdueProposal["status"],
    dueAt: r.dueAt!,
    daysOverdue: businessDaysBetween(r.dueAt!, now),
  }));
}

/**
 * Daily (07:30 JST, before the 08:00 digest): each proposal that passed its target time is flagged once to every
 * active desk member of its municipality (PROPOSAL_OVERDUE) and gets overdueNotifiedAt. A notice was sent for the
 * current target when overdueNotifiedAt is later than dueAt (it is only ever set after dueAt passed); a new step or
 * new settings move dueAt past it, and the proposal can be flagged again once that target passes.
 * Each proposal is one transaction whose guarded update re-checks the state, so a proposal answered between the
 * read and the write gets nothing; dedupe keys per proposal, target and person make a retried job add nothing.
 */
export async function sendOverdueNotices(now: Date): Promise<{ notified: number; proposals: number }> {
  let notified = 0;
  let proposals = 0;
  // Each flagged proposal leaves the where clause, so batches continue until none is left; a batch that flagged
  // nothing (every row moved on meanwhile) ends the run rather than looping on rows another request keeps changing.
  for (;;) {
    const due = await db.proposal.findMany({
      where: {
        ...overdueWhere(now),
        OR: [{ overdueNotifiedAt: null }, { overdueNotifiedAt: { lt: db.proposal.fields.dueAt } }],
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: {
        id: true,
        title: true,
        municipalityId: true,
        status: true,
        dueAt: true,
        company: { select: { name: true } },
      },
    });
    let flagged = 0;
    for (const p of due) {
      const n = await flagOne(p, now);
      if (n === null) continue;
      flagged++;
      notified += n;
    }
    proposals += flagged;
    if (flagged === 0 || due.length < BATCH) break;
  }
  return { notified, proposals };
}

type Due = {
  id: string;
  title: string;
  municipalityId: string;
  status: string;
  dueAt: Date | null;
  company: { name: string };
};

/** One proposal, one transaction: the guarded update re-checks that it is still open and late at this target. */
async function flagOne(p: Due, now: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const r = await tx.proposal.updateMany({
      where: { id: p.id, status: p.status as OverdueProposal["status"], dueAt: p.dueAt, ...overdueWhere(now) },
      data: { overdueNotifiedAt: now },
    });
    if (r.count === 0) return null;
    const desk = await tx.user.findMany({ where: activeDeskWhere(p.municipalityId), select: { id: true } });
    const items: NotificationInput[] = desk.map((u) => ({
      userId: u.id,
      type: "PROPOSAL_OVERDUE",
      message: {
        key: "proposalOverdue",
        values: { title: p.title, company: p.company.name, dueOn: p.dueAt!.getTime() },
      },
      url: `/proposals/${p.id}`,
      dedupeKey: `proposal-overdue:${p.id}:${p.dueAt!.toISOString()}:${u.id}`,
    }));
    return notify(tx, items);
  });
}
