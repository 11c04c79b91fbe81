import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { take } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { peerOrgOf, peerQuestionWhere, sideOf } from "./access";
import { notifyNewQuestion, notifyOtherSide, questionSelect, type Route } from "./routing";
import { ASK_LIMIT, askKey, type AskInput, type ReplyInput } from "./schema";

export type AskResult =
  { ok: true; id: string; existing: boolean; route?: Route } | { ok: false; reason: "rate_limited"; minutes: number };

/** Staff of a municipality other than the case's: the town they speak for. */
function asker(user: SessionUser | null): { u: SessionUser; org: string } {
  const u = assertRole(user, CAN.peerQuestions, { active: true });
  const org = peerOrgOf(u);
  if (!org) throw new AppError("FORBIDDEN");
  return { u, org };
}

/**
 * 「実施自治体に質問する」: a question and its first message. One open question per asker and case: asking again
 * (or 25 clicks at once) goes to the open one. The lock serialises one asker's submits on one case, and the day's
 * count is taken inside it on the same connection, so only a question actually made counts (a waiting transaction
 * never needs a second connection from the pool).
 */
export async function askPeer(user: SessionUser | null, input: AskInput): Promise<AskResult> {
  const { u, org } = asker(user);
  return db.$transaction(async (tx): Promise<AskResult> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`peer-ask:${u.id}:${input.caseId}`}, 0))`;
    // Unpublished cases take no new questions; the conversations already started on them go on.
    const c = await tx.case.findFirst({
      where: { id: input.caseId, published: true },
      select: { municipalityId: true },
    });
    if (!c) throw new AppError("NOT_FOUND");
    if (c.municipalityId === org) throw new AppError("FORBIDDEN");
    const open = await tx.peerQuestion.findFirst({
      where: { caseId: input.caseId, askerId: u.id, fromMunicipalityId: org, status: { not: "CLOSED" } },
      select: { id: true },
    });
    if (open) return { ok: true, id: open.id, existing: true };
    const minutes = await take(askKey(u.id), ASK_LIMIT, new Date(), tx);
    if (minutes > 0) return { ok: false, reason: "rate_limited", minutes };
    const q = await tx.peerQuestion.create({
      data: {
        caseId: input.caseId,
        fromMunicipalityId: org,
        toMunicipalityId: c.municipalityId,
        askerId: u.id,
        subject: input.subject,
        messages: { create: { authorId: u.id, municipalityId: org, body: input.body } },
      },
      select: questionSelect,
    });
    const route = await notifyNewQuestion(tx, q);
    return { ok: true, id: q.id, existing: false, route };
  });
}

export type ReplyResult = { ok: true } | { ok: false; reason: "closed" };

/**
 * A message from either municipality, by any of its active staff. The case's side answering first sets ANSWERED.
 * The question row is updated before the message is written, so a close that won the race refuses the message.
 */
export async function replyPeer(user: SessionUser | null, input: ReplyInput): Promise<ReplyResult> {
  const { u, org } = asker(user);
  return db.$transaction(async (tx): Promise<ReplyResult> => {
    const q = await tx.peerQuestion.findFirst({
      where: { AND: [{ id: input.questionId }, peerQuestionWhere(u)] },
      select: questionSelect,
    });
    if (!q) throw new AppError("NOT_FOUND");
    const side = sideOf(q, org);
    const now = new Date();
    const { count } = await tx.peerQuestion.updateMany({
      where: { id: q.id, status: { not: "CLOSED" } },
      data: { lastMessageAt: now },
    });
    if (count === 0) return { ok: false, reason: "closed" };
    if (side === "answering")
      await tx.peerQuestion.updateMany({ where: { id: q.id, status: "OPEN" }, data: { status: "ANSWERED" } });
    await tx.peerMessage.create({
      data: { questionId: q.id, authorId: u.id, municipalityId: org, body: input.body, createdAt: now },
    });
    await notifyOtherSide(tx, q, { id: u.id, side });
    return { ok: true };
  });
}

/** The asking side ends the conversation: CLOSED, still readable by both. Closing twice is no error. */
export async function closePeer(user: SessionUser | null, questionId: string): Promise<{ ok: true }> {
  const { u, org } = asker(user);
  const q = await db.peerQuestion.findFirst({
    where: { AND: [{ id: questionId }, peerQuestionWhere(u)] },
    select: { fromMunicipalityId: true },
  });
  if (!q) throw new AppError("NOT_FOUND");
  if (sideOf(q, org) !== "asking") throw new AppError("FORBIDDEN");
  await db.peerQuestion.updateMany({ where: { id: questionId, fromMunicipalityId: org }, data: { status: "CLOSED" } });
  return { ok: true };
}

/** Opening a conversation reads its notices (the unread mark of /peer and of the bell). */
export async function markPeerRead(user: SessionUser | null, questionId: string): Promise<void> {
  const org = peerOrgOf(user);
  if (!org) return;
  await db.notification.updateMany({
    where: { userId: user!.id, type: "PEER_MESSAGE", url: `/peer/${questionId}`, readAt: null },
    data: { readAt: new Date() },
  });
}
