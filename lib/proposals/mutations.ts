import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertStillDesk } from "@/lib/desk/staff-guard";
import { assertDepartment, assertDesk } from "@/lib/desk/access";
import { createProposalMatch } from "@/lib/matches/create";
import { notify } from "@/lib/notifications/outbox";
import { enqueueIndex } from "@/lib/search/enqueue";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentProposalWhere, deskProposalWhere } from "./access";
import { addNote, advance, notifyCompany, stepSelect, type StepResult } from "./advance";
import { departmentRecipientIds, deskRecipientIds } from "./recipients";
import { OPEN_STATUSES, STEP_FROM, type AnswerInput, type DeskStepInput, type RouteInput } from "./schema";

type Tx = Prisma.TransactionClient;

async function load(tx: Tx, id: string, where: Prisma.ProposalWhereInput) {
  const p = await tx.proposal.findFirst({ where: { AND: [{ id }, where] }, select: stepSelect });
  if (!p) throw new AppError("NOT_FOUND");
  return p;
}

/** 所管部署へ回付: to a department of the desk's own municipality, with a note only the municipality reads. */
export async function routeProposal(user: SessionUser | null, input: RouteInput): Promise<StepResult> {
  const u = assertDesk(user);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, u.id, u.organizationId);
    const p = await load(tx, input.id, deskProposalWhere(u));
    const dept = await tx.department.findFirst({
      where: { id: input.departmentId, organizationId: u.organizationId },
      select: { id: true },
    });
    if (!dept) throw new AppError("NOT_FOUND");
    const r = await advance(tx, p, {
      to: "ROUTED",
      from: STEP_FROM.ROUTED,
      expectedVersion: input.expectedVersion,
      actorId: u.id,
      data: { departmentId: dept.id },
    });
    if (!r.ok) return r;
    if (input.note) await addNote(tx, p.id, u.id, input.note, false);
    const staff = await departmentRecipientIds(tx, p.municipalityId, dept.id);
    await notify(
      tx,
      staff.map((userId) => ({
        userId,
        type: "PROPOSAL_ROUTED" as const,
        message: { key: "proposalRouted" as const, values: { title: p.title, company: p.company.name } },
        url: `/proposals/${p.id}`,
      })),
    );
    await notifyCompany(tx, p, { key: "proposalUpdated", status: "ROUTED" });
    return r;
  });
}

/** 検討中・面談・採用・実証・見送り by the desk. 採用・実証 makes the match in the same transaction. */
export async function stepProposal(user: SessionUser | null, input: DeskStepInput): Promise<StepResult> {
  const u = assertDesk(user);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, u.id, u.organizationId);
    const p = await load(tx, input.id, deskProposalWhere(u));
    // Taken up only once a department is in charge: the match, the inbox and the funnel need one.
    if (input.to === "ADOPTED" && !p.departmentId) return { ok: false, reason: "not_allowed" } as const;
    const r = await advance(tx, p, {
      to: input.to,
      from: STEP_FROM[input.to],
      expectedVersion: input.expectedVersion,
      actorId: u.id,
      note: input.message ?? null,
      data: input.to === "DECLINED" ? { declineReason: input.message ?? null } : {},
    });
    if (!r.ok) return r;
    if (input.to === "ADOPTED") {
      const met = await tx.proposalEvent.count({ where: { proposalId: p.id, toStatus: "MEETING" } });
      const match = await createProposalMatch(tx, {
        title: p.title,
        receivedAt: p.createdAt,
        met: met > 0,
        challengeId: p.challengeId,
        municipalityId: p.municipalityId,
        departmentId: p.departmentId,
        companyId: p.companyId,
        actorId: u.id,
        sourceCaseId: p.sourceCaseId,
      });
      // The version guard let one request through; the unique matchId would refuse a second match anyway.
      await tx.proposal.update({ where: { id: p.id }, data: { matchId: match.id } });
    }
    await notifyCompany(tx, p, { key: "proposalUpdated", status: input.to });
    return r;
  });
}

/** The department it is routed to answers: a note to the desk, or an answer to the company; perhaps a step. */
export async function answerProposal(user: SessionUser | null, input: AnswerInput): Promise<StepResult> {
  const u = assertDepartment(user);
  return db.$transaction(async (tx) => {
    // An answer without a step checks no version, so it waits for a desk decision or re-routing in flight and then
    // reads the row as that left it (still routed here, still open) instead of answering on a stale read.
    await tx.$queryRaw`SELECT 1 FROM "Proposal" WHERE "id" = ${input.id} FOR UPDATE`;
    const p = await load(tx, input.id, departmentProposalWhere(u));
    if (!["ROUTED", "REVIEWING", "MEETING"].includes(p.status)) return { ok: false, reason: "not_allowed" } as const;
    let r: StepResult = { ok: true, version: p.version };
    if (input.to) {
      r = await advance(tx, p, {
        to: input.to,
        from: STEP_FROM[input.to],
        expectedVersion: input.expectedVersion,
        actorId: u.id,
      });
      if (!r.ok) return r;
    }
    await addNote(tx, p.id, u.id, input.body, input.toCompany);
    const desk = await deskRecipientIds(tx, p.municipalityId);
    await notify(
      tx,
      desk
        .filter((id) => id !== u.id)
        .map((userId) => ({
          userId,
          type: "PROPOSAL_UPDATED" as const,
          message: { key: "proposalDepartmentAnswered" as const, values: { title: p.title } },
          url: `/proposals/${p.id}`,
        })),
    );
    if (input.toCompany) await notifyCompany(tx, p, { key: "proposalAnswered" });
    else if (input.to) await notifyCompany(tx, p, { key: "proposalUpdated", status: input.to });
    return r;
  });
}

/** The company takes its proposal back while nothing is decided. */
export async function withdrawProposal(
  user: SessionUser | null,
  input: { id: string; expectedVersion: number },
): Promise<StepResult> {
  const u = assertRole(user, CAN.expressInterest, { active: true });
  if (!u.organizationId) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const p = await load(tx, input.id, { companyId: u.organizationId! });
    const r = await advance(tx, p, {
      to: "WITHDRAWN",
      from: OPEN_STATUSES,
      expectedVersion: input.expectedVersion,
      actorId: u.id,
    });
    if (!r.ok) return r;
    const desk = await deskRecipientIds(tx, p.municipalityId);
    const dept = p.departmentId ? await departmentRecipientIds(tx, p.municipalityId, p.departmentId) : [];
    await notify(
      tx,
      [...new Set([...desk, ...dept])].map((userId) => ({
        userId,
        type: "PROPOSAL_UPDATED" as const,
        message: { key: "proposalWithdrawn" as const, values: { title: p.title, company: p.company.name } },
        url: `/proposals/${p.id}`,
      })),
    );
    return r;
  });
}

/**
 * 営業目的 on or off, by the desk. Counted on the company exactly as an interest's mark is (CompanyProfile.
 * salesOnlyCount, which coordinators see): the guard on the current value makes a double click a no-op.
 */
export async function setProposalSalesOnly(user: SessionUser | null, input: { id: string; salesOnly: boolean }) {
  const u = assertDesk(user);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, u.id, u.organizationId);
    const p = await load(tx, input.id, deskProposalWhere(u));
    const r = await tx.proposal.updateMany({
      where: { id: p.id, salesOnly: !input.salesOnly },
      data: { salesOnly: input.salesOnly, salesOnlyMarkedById: input.salesOnly ? u.id : null },
    });
    if (r.count === 0) return { id: p.id, salesOnly: input.salesOnly, changed: false };
    await tx.companyProfile.upsert({
      where: { organizationId: p.companyId },
      create: { organizationId: p.companyId, regionsServed: [], salesOnlyCount: input.salesOnly ? 1 : 0 },
      update: { salesOnlyCount: { increment: input.salesOnly ? 1 : -1 } },
    });
    await enqueueIndex(tx, "COMPANY", p.companyId);
    return { id: p.id, salesOnly: input.salesOnly, changed: true };
  });
}
