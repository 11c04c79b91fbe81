import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { editableChallengeWhere, visibleChallengeWhere } from "@/lib/challenges/visibility";
import { AppError, errorCodeOf } from "@/lib/errors";
import { notify } from "@/lib/notifications/outbox";
import { notifyCoordinatorsOfInterest } from "@/lib/notifications/coordinators";
import { CAN } from "@/lib/auth/roles";
import { municipalityRecipientIds, TX_OPTIONS } from "./access";
import type { ExpressInput, ScreeningInput, StoredAnswer } from "./schema";
import { toSourceValue } from "@/lib/views/source";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Replaces the whole ordered set: positions stay 0..n-1 and nobody sees a half-edited list. */
export async function setScreeningQuestions(user: SessionUser | null, input: ScreeningInput) {
  const u = assertRole(user, CAN.editChallenges, { active: true });
  return db.$transaction(async (tx) => {
    const c = await tx.challenge.findFirst({
      where: { AND: [{ id: input.challengeId }, visibleChallengeWhere(u), editableChallengeWhere(u)] },
      select: { id: true },
    });
    if (!c) throw new AppError("NOT_FOUND");
    await tx.screeningQuestion.deleteMany({ where: { challengeId: c.id } });
    if (input.questions.length > 0) {
      await tx.screeningQuestion.createMany({
        data: input.questions.map((text, position) => ({ challengeId: c.id, position, text })),
      });
    }
    return { count: input.questions.length };
  });
}

export type ExpressResult =
  | { ok: true; id: string }
  | { ok: false; reason: "already_interested" | "declined" | "rate_limited" | "questions_changed" | "in_contact" };

/**
 * 「興味がある」. Everything happens under a per-company advisory lock, so twenty concurrent clicks
 * queue up: the first creates the row, the rest find it and get "already_interested"; and a burst
 * across many challenges cannot slip past the daily limit between the count and the insert.
 */
export async function expressInterest(
  user: SessionUser | null,
  input: ExpressInput,
  opts: { dailyLimit?: number } = {},
): Promise<ExpressResult> {
  const u = assertRole(user, CAN.expressInterest, { active: true });
  if (!u.organizationId) throw new AppError("FORBIDDEN");
  const companyId = u.organizationId;
  const limit = opts.dailyLimit ?? env.INTEREST_DAILY_LIMIT;
  try {
    return await db.$transaction(async (tx): Promise<ExpressResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${companyId}))`;
      const c = await tx.challenge.findFirst({
        where: {
          AND: [
            { id: input.challengeId },
            visibleChallengeWhere(u),
            { status: "PUBLISHED", kind: { not: "PRIVATE_CONSULTATION" } },
          ],
        },
        select: {
          id: true,
          title: true,
          authorId: true,
          municipalityId: true,
          departmentId: true,
          screeningQuestions: { orderBy: { position: "asc" } },
        },
      });
      if (!c) throw new AppError("NOT_FOUND");
      const existing = await tx.interest.findUnique({
        where: { challengeId_companyId: { challengeId: c.id, companyId } },
        select: { id: true, status: true },
      });
      if (existing?.status === "DECLINED") return { ok: false, reason: "declined" };
      if (existing && existing.status !== "WITHDRAWN") return { ok: false, reason: "already_interested" };
      // The municipality already wrote to the company about this challenge (an invitation, 横展開): it answers there,
      // or an accepted interest would make a second thread and a second match for the same pair.
      const inquiry = await tx.thread.findFirst({
        where: { challengeId: c.id, companyId, kind: "DIRECT_INQUIRY" },
        select: { id: true },
      });
      if (inquiry) return { ok: false, reason: "in_contact" };

      // Every current question answered exactly once; a form loaded before the questions changed is refused.
      const byId = new Map(input.answers.map((a) => [a.questionId, a.answer]));
      if (
        byId.size !== input.answers.length ||
        input.answers.length !== c.screeningQuestions.length ||
        c.screeningQuestions.some((q) => !byId.has(q.id))
      ) {
        return { ok: false, reason: "questions_changed" };
      }
      const answers: StoredAnswer[] = c.screeningQuestions.map((q) => ({
        questionId: q.id,
        question: q.text,
        answer: byId.get(q.id)!,
      }));

      const recent = await tx.interest.count({
        where: { companyId, origin: "COMPANY", createdAt: { gte: new Date(Date.now() - DAY_MS) } },
      });
      if (recent >= limit) return { ok: false, reason: "rate_limited" };

      const now = new Date();
      const fields = {
        answers,
        message: input.message ?? null,
        // The latest expression's source: a re-expression after withdrawal came from wherever it came from now.
        source: toSourceValue(input.source ?? "direct"),
        userId: u.id,
        status: "PENDING" as const,
        createdAt: now,
        withdrawnAt: null,
        declineReason: null,
        decidedAt: null,
        decidedById: null,
      };
      let id: string;
      if (existing) {
        // Re-expressing after withdrawal reuses the row; createdAt is "expressed at", so it moves too.
        const r = await tx.interest.updateMany({ where: { id: existing.id, status: "WITHDRAWN" }, data: fields });
        if (r.count === 0) throw new AppError("CONFLICT");
        id = existing.id;
      } else {
        id = (
          await tx.interest.create({
            data: { ...fields, challengeId: c.id, companyId, origin: "COMPANY" },
            select: { id: true },
          })
        ).id;
      }
      const recipients = await municipalityRecipientIds(tx, c);
      // No challengeId on these: Notification is unique per (user, type, challenge), which would
      // swallow the second company's interest in the same challenge.
      await notify(
        tx,
        recipients.map((userId) => ({
          userId,
          type: "INTEREST_RECEIVED" as const,
          message: {
            key: "interestReceived" as const,
            values: { company: u.organizationName ?? "企業", challenge: c.title },
          },
          url: `/challenges/${c.id}/interests`,
        })),
      );
      await notifyCoordinatorsOfInterest(tx, {
        challengeId: c.id,
        challengeTitle: c.title,
        municipalityId: c.municipalityId,
        companyId,
      });
      return { ok: true, id };
    }, TX_OPTIONS);
  } catch (e) {
    // The unique (challengeId, companyId) index is the last line of defence behind the lock.
    if (errorCodeOf(e) === "ALREADY_EXISTS") return { ok: false, reason: "already_interested" };
    throw e;
  }
}

/** PENDING → WITHDRAWN, only by the company's own members and only for its own 「興味がある」. */
export async function withdrawInterest(user: SessionUser | null, id: string) {
  const u = assertRole(user, CAN.expressInterest, { active: true });
  if (!u.organizationId) throw new AppError("FORBIDDEN");
  const r = await db.interest.updateMany({
    where: { id, companyId: u.organizationId, origin: "COMPANY", status: "PENDING" },
    data: { status: "WITHDRAWN", withdrawnAt: new Date() },
  });
  if (r.count === 0) {
    const mine = await db.interest.count({ where: { id, companyId: u.organizationId, origin: "COMPANY" } });
    throw new AppError(mine ? "CONFLICT" : "NOT_FOUND");
  }
  return { id };
}
