import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { deskSettingFor, dueAtFor } from "@/lib/desk/settings";
import { companyMemberIds } from "@/lib/interests/access";
import { notify } from "@/lib/notifications/outbox";
import type { NoticeValue } from "@/lib/notifications/notice";

type Tx = Prisma.TransactionClient;

/** What a step needs to know of the proposal, read inside the step's transaction. */
export const stepSelect = {
  id: true,
  title: true,
  status: true,
  version: true,
  municipalityId: true,
  companyId: true,
  departmentId: true,
  challengeId: true,
  sourceCaseId: true,
  firstAnsweredAt: true,
  createdAt: true,
  municipality: { select: { name: true } },
  company: { select: { name: true } },
} satisfies Prisma.ProposalSelect;
export type StepRow = Prisma.ProposalGetPayload<{ select: typeof stepSelect }>;

export type StepResult = { ok: true; version: number } | { ok: false; reason: "conflict" | "not_allowed" };

/**
 * Moves a proposal one step under its optimistic lock: the row changes only if it still has the version the
 * actor's screen showed, so of two desk members acting at once one wins and the other is told. Every step
 * writes its event, sets the first answer (the first step after 受付) and restarts the target time.
 */
export async function advance(
  tx: Tx,
  p: StepRow,
  step: {
    to: ProposalStatus;
    from: readonly ProposalStatus[];
    expectedVersion: number;
    actorId: string;
    /** Shown to the company with the step (a decline reason, a message). */
    note?: string | null;
    data?: Prisma.ProposalUpdateManyMutationInput & { departmentId?: string | null; matchId?: string | null };
  },
): Promise<StepResult> {
  if (p.version !== step.expectedVersion) return { ok: false, reason: "conflict" };
  if (!step.from.includes(p.status)) return { ok: false, reason: "not_allowed" };
  const now = new Date();
  const setting = await deskSettingFor(tx, p.municipalityId);
  const r = await tx.proposal.updateMany({
    where: { id: p.id, version: step.expectedVersion, status: { in: [...step.from] } },
    data: {
      ...step.data,
      status: step.to,
      version: { increment: 1 },
      statusChangedAt: now,
      // The company's own withdrawal is no answer from the city.
      firstAnsweredAt: p.firstAnsweredAt ?? (step.to === "WITHDRAWN" ? null : now),
      dueAt: dueAtFor(setting, step.to, now),
      overdueNotifiedAt: null,
    },
  });
  if (r.count === 0) return { ok: false, reason: "conflict" };
  await tx.proposalEvent.create({
    data: {
      proposalId: p.id,
      actorId: step.actorId,
      fromStatus: p.status,
      toStatus: step.to,
      note: step.note ?? null,
      visibleToCompany: true,
      createdAt: now,
    },
  });
  return { ok: true, version: step.expectedVersion + 1 };
}

/** An internal note (desk ↔ department) or an answer the company reads, without a status change. */
export async function addNote(tx: Tx, proposalId: string, actorId: string, note: string, visibleToCompany: boolean) {
  await tx.proposalEvent.create({ data: { proposalId, actorId, note, visibleToCompany } });
}

/** The company hears of every step it can see (PROPOSAL_UPDATED), in each member's language. */
export async function notifyCompany(
  tx: Tx,
  p: StepRow,
  message: { key: "proposalUpdated"; status: ProposalStatus } | { key: "proposalAnswered" },
) {
  const members = await companyMemberIds(tx, p.companyId);
  const values: Record<string, NoticeValue> = { title: p.title, municipality: p.municipality.name };
  if (message.key === "proposalUpdated") values.status = { msg: `proposals.status.${message.status}` };
  await notify(
    tx,
    members.map((userId) => ({
      userId,
      type: "PROPOSAL_UPDATED" as const,
      message: { key: message.key, values },
      url: `/proposals/${p.id}`,
    })),
  );
}
