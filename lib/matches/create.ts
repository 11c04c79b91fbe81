import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { openThread } from "@/lib/threads/open";
import { stageRank, type PipelineStage } from "./stages";

type Tx = Prisma.TransactionClient;

// Matches are created inside the transaction of the event that creates them (an interest accepted,
// an introduction made, a company's first answer to a direct inquiry), so a match exists exactly
// when its cause committed. Each history row records who did it.

/** A coordinator introduced a company: a match at 興味表明. */
export async function createIntroductionMatch(
  tx: Tx,
  input: {
    interestId: string;
    challengeId: string;
    municipalityId: string;
    departmentId: string | null;
    companyId: string;
    coordinatorId: string;
  },
) {
  return createMatch(tx, {
    ...input,
    origin: "INTRODUCTION",
    stage: "INTEREST",
    actorId: input.coordinatorId,
    history: [],
  });
}

/**
 * An interest was accepted: the dialogue is open (マッチング). A company's own interest gets a match
 * here, with its 興味表明 dated when the company clicked; an introduction's match already exists and moves on.
 */
export async function matchOnInterestAccepted(
  tx: Tx,
  input: {
    interestId: string;
    interestCreatedAt: Date;
    challengeId: string;
    municipalityId: string;
    departmentId: string | null;
    companyId: string;
    threadId: string;
    actorId: string;
  },
) {
  const existing = await tx.match.findUnique({
    where: { interestId: input.interestId },
    select: { id: true, stage: true, maxStageRank: true },
  });
  if (!existing) {
    return createMatch(tx, {
      ...input,
      origin: "INTEREST",
      stage: "MATCHING",
      history: [{ fromStage: null, toStage: "INTEREST", createdAt: input.interestCreatedAt, actorId: null }],
    });
  }
  await tx.match.update({ where: { id: existing.id }, data: { threadId: input.threadId } });
  if (existing.stage !== "INTEREST") return existing;
  const now = new Date();
  await tx.match.update({
    where: { id: existing.id },
    data: {
      stage: "MATCHING",
      maxStageRank: Math.max(existing.maxStageRank, stageRank("MATCHING")),
      stageChangedAt: now,
      lastActivityAt: now,
      version: { increment: 1 },
    },
  });
  await tx.matchStageChange.create({
    data: { matchId: existing.id, fromStage: "INTEREST", toStage: "MATCHING", actorId: input.actorId, createdAt: now },
  });
  return existing;
}

/** A company member wrote in a direct-inquiry thread for the first time: the inquiry was answered. */
export async function matchOnInquiryAnswered(
  tx: Tx,
  thread: {
    id: string;
    kind: string;
    municipalityId: string;
    departmentId: string | null;
    companyId: string;
    challengeId?: string | null;
  },
  actorId: string,
) {
  if (thread.kind !== "DIRECT_INQUIRY") return null;
  const existing = await tx.match.findUnique({ where: { threadId: thread.id }, select: { id: true } });
  if (existing) return existing;
  return createMatch(tx, {
    origin: "DIRECT_INQUIRY",
    stage: "MATCHING",
    threadId: thread.id,
    challengeId: thread.challengeId ?? null,
    municipalityId: thread.municipalityId,
    departmentId: thread.departmentId,
    companyId: thread.companyId,
    actorId,
    history: [],
  });
}

/**
 * The desk took up a company's proposal (採用・実証): a thread between the municipality (its department in charge)
 * and the company, and a match at 面談 if a meeting was held on the way, else at マッチング. Its 興味表明 is dated
 * when the proposal arrived, so the funnel counts it from then, like a company's own interest.
 */
export async function createProposalMatch(
  tx: Tx,
  input: {
    title: string;
    receivedAt: Date;
    met: boolean;
    challengeId: string | null;
    municipalityId: string;
    departmentId: string | null;
    companyId: string;
    actorId: string;
    /** The case the proposal was made from (横展開). */
    sourceCaseId: string | null;
  },
) {
  const thread = await openThread(tx, {
    kind: "PROPOSAL",
    subject: input.title,
    municipalityId: input.municipalityId,
    departmentId: input.departmentId,
    companyId: input.companyId,
    challengeId: input.challengeId,
    createdById: input.actorId,
  });
  const match = await createMatch(tx, {
    origin: "PROPOSAL",
    stage: input.met ? "MEETING" : "MATCHING",
    threadId: thread.id,
    challengeId: input.challengeId,
    municipalityId: input.municipalityId,
    departmentId: input.departmentId,
    companyId: input.companyId,
    actorId: input.actorId,
    sourceCaseId: input.sourceCaseId,
    history: [{ fromStage: null, toStage: "INTEREST", createdAt: input.receivedAt, actorId: null }],
  });
  return { ...match, threadId: thread.id };
}

/** Any message in a match's thread counts as activity (it resets 「停滞」). */
export async function touchMatchByThread(tx: Tx, threadId: string, at: Date) {
  await tx.match.updateMany({ where: { threadId, lastActivityAt: { lt: at } }, data: { lastActivityAt: at } });
}

async function createMatch(
  tx: Tx,
  input: {
    origin: "INTEREST" | "DIRECT_INQUIRY" | "INTRODUCTION" | "PROPOSAL";
    stage: PipelineStage;
    actorId: string;
    interestId?: string;
    threadId?: string;
    challengeId: string | null;
    municipalityId: string;
    departmentId: string | null;
    companyId: string;
    coordinatorId?: string;
    /** 横展開: a proposal's source case; else the challenge's (「この事例を自分のまちでも」). */
    sourceCaseId?: string | null;
    history: { fromStage: MatchStage | null; toStage: MatchStage; createdAt: Date; actorId: string | null }[];
  },
) {
  const now = new Date();
  const sourceCaseId =
    input.sourceCaseId ??
    (input.challengeId
      ? ((await tx.challenge.findUnique({ where: { id: input.challengeId }, select: { sourceCaseId: true } }))
          ?.sourceCaseId ?? null)
      : null);
  const first = input.history[0]?.createdAt ?? now;
  const match = await tx.match.create({
    data: {
      origin: input.origin,
      stage: input.stage,
      maxStageRank: stageRank(input.stage),
      interestId: input.interestId,
      threadId: input.threadId,
      challengeId: input.challengeId,
      municipalityId: input.municipalityId,
      departmentId: input.departmentId,
      companyId: input.companyId,
      coordinatorId: input.coordinatorId,
      sourceCaseId,
      createdAt: first,
      stageChangedAt: now,
      lastActivityAt: now,
    },
    select: { id: true, stage: true, maxStageRank: true },
  });
  const rows = [...input.history];
  const prev = rows.at(-1)?.toStage ?? null;
  rows.push({ fromStage: prev, toStage: input.stage, createdAt: now, actorId: input.actorId });
  await tx.matchStageChange.createMany({ data: rows.map((r) => ({ ...r, matchId: match.id })) });
  return match;
}
