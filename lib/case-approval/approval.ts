import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { enqueueIndex } from "@/lib/search/enqueue";
import { caseApproverWhere, caseWriterWhere } from "./access";
import { notifyCompanyOfRequest, notifyRequester } from "./notify";

// DRAFT → REQUESTED → APPROVED | CHANGES_REQUESTED, and publish only what the company approved. Every state change
// is one guarded UPDATE whose where clause holds the rule (the expected state and the version the user read), so a
// request, an answer, an edit and a publish that meet resolve in the database, never on a stale read.

type Tx = Prisma.TransactionClient;
export type Refusal = { ok: false; reason: "stale" | "not_requested" | "not_approved" | "already" };
type Done = { ok: true; id: string };

/** Why a guarded update matched nothing, for a case the user may act on (else NOT_FOUND). */
async function why(tx: Tx, where: Prisma.CaseWhereInput, version?: number): Promise<Refusal> {
  const c = await tx.case.findFirst({ where, select: { contentVersion: true } });
  if (!c) throw new AppError("NOT_FOUND");
  return { ok: false, reason: version !== undefined && c.contentVersion !== version ? "stale" : "not_requested" };
}

/** 「企業に確認を依頼する」: asks for the version the clerk is looking at. */
export async function requestApproval(user: SessionUser | null, input: { id: string; version: number }) {
  const u = assertRole(user, CAN.writeMatchCases, { active: true });
  return db.$transaction(async (tx): Promise<Done | Refusal> => {
    const scope = { id: input.id, ...caseWriterWhere(u) };
    const r = await tx.case.updateMany({
      where: {
        ...scope,
        published: false,
        contentVersion: input.version,
        companyApproval: { in: ["DRAFT", "CHANGES_REQUESTED"] },
      },
      data: { companyApproval: "REQUESTED", approvalRequestedAt: new Date(), approvalRequestedById: u.id },
    });
    if (r.count === 0) {
      const c = await tx.case.findFirst({ where: scope, select: { contentVersion: true } });
      if (!c) throw new AppError("NOT_FOUND");
      return { ok: false, reason: c.contentVersion !== input.version ? "stale" : "already" };
    }
    await notifyCompanyOfRequest(tx, input.id);
    return { ok: true, id: input.id };
  });
}

/** The company approves exactly the version it read, or asks for changes with a comment. */
export async function answerApproval(
  user: SessionUser | null,
  input: { id: string; version: number; decision: "approve" | "changes"; comment?: string },
) {
  const u = assertRole(user, CAN.expressInterest, { active: true });
  return db.$transaction(async (tx): Promise<Done | Refusal> => {
    const scope = { id: input.id, ...caseApproverWhere(u) };
    const approve = input.decision === "approve";
    const r = await tx.case.updateMany({
      where: { ...scope, published: false, contentVersion: input.version, companyApproval: "REQUESTED" },
      data: {
        companyApproval: approve ? "APPROVED" : "CHANGES_REQUESTED",
        approvedVersion: approve ? input.version : null,
        approvedById: approve ? u.id : null,
        approvalAnsweredAt: new Date(),
        approvalComment: approve ? null : (input.comment ?? null),
      },
    });
    if (r.count === 0) return why(tx, scope, input.version);
    if (approve)
      await recordAudit(
        {
          action: "CASE_APPROVED_BY_COMPANY",
          actorId: u.id,
          targetType: "Case",
          targetId: input.id,
          meta: { version: input.version },
        },
        tx,
      );
    await notifyRequester(tx, input.id, approve ? "approved" : "changes");
    return { ok: true, id: input.id };
  });
}

/** One guarded UPDATE in its own transaction, then what follows it (notifications, the search job). */
function transition(
  id: string,
  access: Prisma.CaseWhereInput,
  guard: Prisma.CaseWhereInput,
  data: Prisma.CaseUncheckedUpdateManyInput,
  refusal: Refusal["reason"],
  after: (tx: Tx) => Promise<unknown>,
) {
  const scope = { id, ...access };
  return db.$transaction(async (tx): Promise<Done | Refusal> => {
    const r = await tx.case.updateMany({ where: { ...scope, ...guard }, data });
    if (r.count === 0) {
      await why(tx, scope);
      return { ok: false, reason: refusal };
    }
    await after(tx);
    return { ok: true, id };
  });
}

/** Before publication the company may take its approval back; afterwards it asks for removal in its thread. */
export async function withdrawApproval(user: SessionUser | null, input: { id: string }) {
  const u = assertRole(user, CAN.expressInterest, { active: true });
  return transition(
    input.id,
    caseApproverWhere(u),
    { published: false, companyApproval: "APPROVED" },
    { companyApproval: "REQUESTED", approvedVersion: null, approvedById: null, approvalAnsweredAt: new Date() },
    "not_approved",
    (tx) => notifyRequester(tx, input.id, "withdrawn"),
  );
}

/**
 * 「公開する」: only while the company's approval names the current text. The comparison of approvedVersion with
 * contentVersion is in the UPDATE itself: an edit committed a moment earlier (which bumps contentVersion and drops
 * the approval) makes this match nothing, and an edit that comes after waits for this row lock.
 */
export async function publishCase(user: SessionUser | null, input: { id: string }) {
  const u = assertRole(user, CAN.writeMatchCases, { active: true });
  return transition(
    input.id,
    caseWriterWhere(u),
    { published: false, companyApproval: "APPROVED", approvedVersion: { equals: db.case.fields.contentVersion } },
    { published: true },
    "not_approved",
    (tx) => enqueueIndex(tx, "CASE", input.id),
  );
}

/** Takes a published case off the list and the search (e.g. when the company asks for removal in its thread). */
export async function unpublishCase(user: SessionUser | null, input: { id: string }) {
  const u = assertRole(user, CAN.writeMatchCases, { active: true });
  return transition(input.id, caseWriterWhere(u), { published: true }, { published: false }, "already", (tx) =>
    enqueueIndex(tx, "CASE", input.id),
  );
}

/**
 * In the transaction of an edit of a born-here case (lib/cases/mutations.ts): a new version, and whatever the company
 * approved or was asked about no longer stands. A published one leaves the public list until approved again.
 */
export const bornHereEdit = {
  contentVersion: { increment: 1 },
  companyApproval: "DRAFT" as const,
  approvedVersion: null,
  approvedById: null,
  published: false,
};
