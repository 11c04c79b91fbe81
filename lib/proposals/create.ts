import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { take, refund, type Limit } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { deskSettingFor, dueAtFor } from "@/lib/desk/settings";
import { PUBLIC_CHALLENGE_WHERE } from "@/lib/challenges/visibility";
import { notify } from "@/lib/notifications/outbox";
import { deskRecipientIds } from "./recipients";
import { OPEN_STATUSES, type ProposalFormInput } from "./schema";

/** Proposals a company may send in a day, over all municipalities: enough for real work, not for a mailing. */
export const PROPOSAL_LIMIT: Limit = { max: 10, windowMs: 24 * 60 * 60 * 1000 };

export type CreateResult =
  | { ok: true; id: string }
  | { ok: false; reason: "duplicate"; id: string }
  | { ok: false; reason: "unknown_case" | "challenge_closed" }
  | { ok: false; reason: "rate_limited"; minutes: number };

// A company's proposals are written under a per-company advisory lock: twenty-five clicks of 「送信」 queue up, the
// first writes the proposal and the rest find it as an identical open one.
const TX = { maxWait: 15_000, timeout: 30_000 } as const;

export async function createProposal(user: SessionUser | null, input: ProposalFormInput): Promise<CreateResult> {
  const u = assertRole(user, CAN.expressInterest, { active: true });
  if (!u.organizationId) throw new AppError("FORBIDDEN");
  const companyId = u.organizationId;
  const key = `proposal:${companyId}`;
  // Counted before the work, in one statement, so a parallel burst cannot pass the limit. Every attempt that made
  // nothing gives its count back: 25 clicks of one 「送信」 must not use up the company's day.
  const wait = await take(key, PROPOSAL_LIMIT);
  if (wait > 0) {
    await refund(key);
    return { ok: false, reason: "rate_limited", minutes: wait };
  }
  let r: CreateResult;
  try {
    r = await write(u, companyId, input);
  } catch (e) {
    await refund(key);
    throw e;
  }
  if (!r.ok) await refund(key);
  return r;
}

async function write(u: SessionUser, companyId: string, input: ProposalFormInput): Promise<CreateResult> {
  return db.$transaction(async (tx): Promise<CreateResult> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"proposal:" + companyId}))`;
    const municipality = await tx.organization.findFirst({
      where: { id: input.municipalityId, kind: "MUNICIPALITY" },
      select: { id: true, name: true },
    });
    if (!municipality) throw new AppError("NOT_FOUND");
    const same = await tx.proposal.findFirst({
      where: { companyId, municipalityId: municipality.id, title: input.title, status: { in: [...OPEN_STATUSES] } },
      select: { id: true },
    });
    if (same) return { ok: false, reason: "duplicate", id: same.id };
    // Only one of the municipality's open, public challenges; anything else is refused like a made-up id.
    if (input.challengeId) {
      const c = await tx.challenge.count({
        where: {
          AND: [
            { id: input.challengeId, municipalityId: municipality.id, status: "PUBLISHED" },
            PUBLIC_CHALLENGE_WHERE,
          ],
        },
      });
      if (!c) return { ok: false, reason: "challenge_closed" };
    }
    const caseIds = [...new Set([...input.caseIds, ...(input.sourceCaseId ? [input.sourceCaseId] : [])])];
    const published = await tx.case.findMany({ where: { id: { in: caseIds }, published: true }, select: { id: true } });
    if (published.length !== caseIds.length) return { ok: false, reason: "unknown_case" };
    // A proposal counts as 横展開 of a case only when the company took part in it (the page offers no other).
    if (
      input.sourceCaseId &&
      !(await tx.casePartner.count({ where: { caseId: input.sourceCaseId, organizationId: companyId } }))
    )
      return { ok: false, reason: "unknown_case" };
    const now = new Date();
    const setting = await deskSettingFor(tx, municipality.id);
    const p = await tx.proposal.create({
      data: {
        municipalityId: municipality.id,
        companyId,
        authorId: u.id,
        challengeId: input.challengeId ?? null,
        sourceCaseId: input.sourceCaseId ?? null,
        title: input.title,
        problem: input.problem,
        proposal: input.proposal,
        trackRecord: input.trackRecord ?? null,
        cost: input.cost,
        costNote: input.costNote ?? null,
        asks: input.asks ?? null,
        dueAt: dueAtFor(setting, "RECEIVED", now),
        statusChangedAt: now,
        createdAt: now,
        cases: { connect: input.caseIds.map((id) => ({ id })) },
        events: { create: { actorId: u.id, toStatus: "RECEIVED", visibleToCompany: true, createdAt: now } },
      },
      select: { id: true },
    });
    const recipients = await deskRecipientIds(tx, municipality.id);
    await notify(
      tx,
      recipients.map((userId) => ({
        userId,
        type: "PROPOSAL_RECEIVED" as const,
        message: {
          key: "proposalReceived" as const,
          values: { company: u.organizationName ?? "", municipality: municipality.name, title: input.title },
        },
        url: `/proposals/${p.id}`,
      })),
    );
    return { ok: true, id: p.id };
  }, TX);
}
