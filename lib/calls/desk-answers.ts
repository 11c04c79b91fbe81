import "server-only";
import { assertStillDesk } from "@/lib/desk/staff-guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { assertDesk, type DeskUser } from "@/lib/desk/access";
import { AppError } from "@/lib/errors";
import { enqueueIndex } from "@/lib/search/enqueue";
import { notify } from "@/lib/notifications/outbox";
import { BURST, staffOfDepartments, acceptingWhere } from "./recipients";
import { draftFromAnswers } from "./draft";

const deskAnswerWhere = (desk: DeskUser, id: string): Prisma.ThemeCallAnswerWhereInput => ({
  id,
  call: { municipalityId: desk.organizationId },
});

export type MergeResult = { ok: true } | { ok: false; reason: "state" };

/**
 * 重複をまとめる: answer A goes into B (A MERGED, mergedIntoId B), and what was merged into A follows it, so
 * B lists them all and merges never chain. Both rows are locked in id order first: merging A into B and B
 * into A at once then runs one after the other, and the second finds its target already merged.
 */
export async function mergeAnswer(
  user: SessionUser | null,
  input: { answerId: string; intoId: string },
): Promise<MergeResult> {
  const desk = assertDesk(user);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const ids = [input.answerId, input.intoId].sort();
    await tx.$queryRaw`SELECT id FROM "ThemeCallAnswer" WHERE id IN (${ids[0]}, ${ids[1]}) ORDER BY id FOR UPDATE`;
    const [a, b] = await Promise.all(
      [input.answerId, input.intoId].map((id) =>
        tx.themeCallAnswer.findFirst({ where: deskAnswerWhere(desk, id), select: { callId: true, status: true } }),
      ),
    );
    if (!a || !b || a.callId !== b.callId) throw new AppError("NOT_FOUND");
    // Into an answer that is still an answer: merged into a challenge draft, the text would be lost with nobody told.
    if (a.status !== "SUBMITTED" || b.status !== "SUBMITTED") return { ok: false, reason: "state" };
    await tx.themeCallAnswer.update({
      where: { id: input.answerId },
      data: { status: "MERGED", mergedIntoId: input.intoId, version: { increment: 1 } },
    });
    await tx.themeCallAnswer.updateMany({
      where: { mergedIntoId: input.answerId },
      data: { mergedIntoId: input.intoId, version: { increment: 1 } },
    });
    return { ok: true };
  }, BURST);
}

/** 問い合わせる: the desk's question on an answer; the department hears of it and its edit clears it. */
export async function askBack(user: SessionUser | null, input: { answerId: string; question: string }) {
  const desk = assertDesk(user);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const answer = await tx.themeCallAnswer.findFirst({
      where: { ...deskAnswerWhere(desk, input.answerId), status: { not: "CHALLENGE" } },
      select: { departmentId: true, call: { select: { id: true, title: true } } },
    });
    if (!answer) throw new AppError("NOT_FOUND");
    // A closed call refuses the department's edit, which is what clears a question: it would stay for good.
    if (!(await tx.themeCall.count({ where: { id: answer.call.id, ...acceptingWhere() } })))
      throw new AppError("CONFLICT");
    await tx.themeCallAnswer.update({
      where: { id: input.answerId },
      data: { question: input.question, questionAt: new Date(), version: { increment: 1 } },
    });
    const staff = (await staffOfDepartments(tx, [answer.departmentId])).filter((s) => s.userId !== desk.id);
    await notify(
      tx,
      staff.map((s) => ({
        userId: s.userId,
        type: "THEME_CALL_QUESTION" as const,
        message: { key: "themeCallQuestion" as const, values: { call: answer.call.title, question: input.question } },
        url: `/calls/${answer.call.id}#answer-${input.answerId}`,
      })),
    );
    return { ok: true as const };
  }, BURST);
}

export type TurnResult = { ok: true; challengeId: string } | { ok: false; reason: "stale"; challengeId?: string };

/**
 * 課題にする: the answer (with what was merged into it) becomes a challenge draft of its department, written
 * by the desk, for the department to confirm and publish (lib/challenges/mutations.ts refuses the desk's
 * publish). The answer's version is the lock: of two desk members turning it at once, one UPDATE matches and
 * makes the draft; the other is told which draft the first one made.
 */
export async function turnIntoChallenge(
  user: SessionUser | null,
  input: { answerId: string; version: number },
): Promise<TurnResult> {
  const desk = assertDesk(user);
  return db.$transaction(async (tx) => {
    await assertStillDesk(tx, desk.id, desk.organizationId);
    const scope = deskAnswerWhere(desk, input.answerId);
    const { count } = await tx.themeCallAnswer.updateMany({
      where: { ...scope, version: input.version, status: "SUBMITTED" },
      data: { status: "CHALLENGE", version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await tx.themeCallAnswer.findFirst({ where: scope, select: { challengeId: true } });
      if (!now) throw new AppError("NOT_FOUND");
      return { ok: false, reason: "stale", challengeId: now.challengeId ?? undefined };
    }
    const answer = await tx.themeCallAnswer.findUniqueOrThrow({
      where: { id: input.answerId },
      select: {
        trouble: true,
        tried: true,
        expectation: true,
        departmentId: true,
        call: { select: { id: true, title: true, themeId: true } },
        merged: {
          select: { trouble: true, tried: true, expectation: true, department: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    const challenge = await tx.challenge.create({
      data: {
        ...draftFromAnswers(answer, answer.merged),
        kind: "CONSULTATION",
        kindChosen: false,
        status: "DRAFT",
        municipalityId: desk.organizationId,
        departmentId: answer.departmentId,
        authorId: desk.id,
        themes: answer.call.themeId ? { connect: [{ id: answer.call.themeId }] } : undefined,
      },
      select: { id: true, title: true },
    });
    await tx.themeCallAnswer.update({ where: { id: input.answerId }, data: { challengeId: challenge.id } });
    await enqueueIndex(tx, "CHALLENGE", challenge.id);
    const staff = (await staffOfDepartments(tx, [answer.departmentId])).filter((s) => s.userId !== desk.id);
    await notify(
      tx,
      staff.map((s) => ({
        userId: s.userId,
        type: "CHALLENGE_CONFIRM_REQUESTED" as const,
        message: {
          key: "challengeConfirmRequested" as const,
          values: { challenge: challenge.title, call: answer.call.title },
        },
        url: `/challenges/${challenge.id}/edit`,
        challengeId: challenge.id,
      })),
    );
    return { ok: true, challengeId: challenge.id };
  }, BURST);
}
