import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coordinatorsFor } from "@/lib/notifications/coordinators";
import { notify } from "@/lib/notifications/outbox";

type Tx = Prisma.TransactionClient;

/** To the company's active members: a case about their project waits for their approval. */
export async function notifyCompanyOfRequest(tx: Tx, caseId: string) {
  const c = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { title: true, municipality: { select: { name: true } }, match: { select: { companyId: true } } },
  });
  if (!c.match) return;
  const members = await tx.user.findMany({
    where: { role: "COMPANY_MEMBER", status: "ACTIVE", memberships: { some: { organizationId: c.match.companyId } } },
    select: { id: true },
  });
  await notify(
    tx,
    members.map((m) => ({
      userId: m.id,
      type: "CASE_APPROVAL_REQUESTED" as const,
      message: { key: "caseApprovalRequested" as const, values: { title: c.title, municipality: c.municipality.name } },
      url: `/cases/${caseId}/approval`,
    })),
  );
}

export type Answer = "approved" | "changes" | "withdrawn";
const KEYS = { approved: "caseApproved", changes: "caseChangesRequested", withdrawn: "caseApprovalWithdrawn" } as const;

/** To whoever asked the company, and the coordinator in charge of the match (every coordinator when nobody is). */
export async function notifyRequester(tx: Tx, caseId: string, answer: Answer) {
  const c = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      title: true,
      approvalRequestedById: true,
      approvalComment: true,
      match: { select: { id: true, coordinatorId: true, company: { select: { name: true } } } },
    },
  });
  if (!c.match) return;
  const requester = c.approvalRequestedById
    ? await tx.user.findFirst({ where: { id: c.approvalRequestedById, status: "ACTIVE" }, select: { id: true } })
    : null;
  const ids = new Set([...(requester ? [requester.id] : []), ...(await coordinatorsFor(tx, c.match.coordinatorId))]);
  await notify(
    tx,
    [...ids].map((userId) => ({
      userId,
      type: "CASE_APPROVAL_ANSWERED" as const,
      message: {
        key: KEYS[answer],
        values: { title: c.title, company: c.match!.company.name, comment: c.approvalComment ?? "" },
      },
      url: `/pipeline/${c.match!.id}`,
    })),
  );
}
