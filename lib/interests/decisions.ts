import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/outbox";
import { matchOnInterestAccepted } from "@/lib/matches/create";
import { enqueueIndex } from "@/lib/search/enqueue";
import { openThread } from "@/lib/threads/open";
import { CAN } from "@/lib/auth/roles";
import { companyChallengeWhere, companyMemberIds, municipalitySideWhere, NOW_PRIVATE_MSG, TX_OPTIONS } from "./access";
import { summaryTitle, type DeclineInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** The interest, if the user is on its challenge's municipality side; else NOT_FOUND (no hint it exists). */
async function loadForDecision(tx: Tx, user: SessionUser, id: string) {
  const row = await tx.interest.findFirst({
    where: { id, challenge: municipalitySideWhere(user) },
    select: {
      id: true,
      origin: true,
      status: true,
      companyId: true,
      introSummary: true,
      introSummaryApprovedAt: true,
      createdAt: true,
      challenge: { select: { id: true, title: true, municipalityId: true, departmentId: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** PENDING → ACCEPTED and a thread between the department, the company and coordinators. */
export async function acceptInterest(user: SessionUser | null, id: string) {
  const u = assertRole(user, CAN.answerCompanies, { active: true });
  return db.$transaction(async (tx) => {
    const row = await loadForDecision(tx, u, id);
    // An introduction is accepted only after its summary was approved: the order the company learns things in.
    if (row.origin === "INTRODUCTION" && !row.introSummaryApprovedAt) throw new AppError("CONFLICT");
    const r = await tx.interest.updateMany({
      where: { id, status: "PENDING" },
      data: { status: "ACCEPTED", decidedAt: new Date(), decidedById: u.id },
    });
    if (r.count === 0) throw new AppError("CONFLICT");
    const thread = await openThread(tx, {
      kind: row.origin === "INTRODUCTION" ? "INTRODUCTION" : "INTEREST",
      subject: row.challenge.title,
      municipalityId: row.challenge.municipalityId,
      departmentId: row.challenge.departmentId,
      companyId: row.companyId,
      challengeId: row.challenge.id,
      interestId: row.id,
      createdById: u.id,
    });
    await matchOnInterestAccepted(tx, {
      interestId: row.id,
      interestCreatedAt: row.createdAt,
      challengeId: row.challenge.id,
      municipalityId: row.challenge.municipalityId,
      departmentId: row.challenge.departmentId,
      companyId: row.companyId,
      threadId: thread.id,
      actorId: u.id,
    });
    const members = await companyMemberIds(tx, row.companyId);
    await notify(
      tx,
      members.map((userId) => ({
        userId,
        type: "INTEREST_ACCEPTED" as const,
        message: { key: "interestAccepted" as const, values: { challenge: row.challenge.title } },
        url: `/messages/${thread.id}`,
        threadId: thread.id,
      })),
    );
    return { id, threadId: thread.id };
  }, TX_OPTIONS);
}

/** PENDING → DECLINED with an optional reason the company sees, wrapped in polite wording on its side. */
export async function declineInterest(user: SessionUser | null, input: DeclineInput) {
  const u = assertRole(user, CAN.answerCompanies, { active: true });
  return db.$transaction(async (tx) => {
    const row = await loadForDecision(tx, u, input.id);
    const r = await tx.interest.updateMany({
      where: { id: input.id, status: "PENDING" },
      data: { status: "DECLINED", declineReason: input.reason ?? null, decidedAt: new Date(), decidedById: u.id },
    });
    if (r.count === 0) throw new AppError("CONFLICT");
    // A declined introduction never names the private challenge: the company only ever saw the summary,
    // and if that was never approved it saw nothing, so it hears nothing now either.
    const subject =
      row.origin === "INTRODUCTION"
        ? row.introSummaryApprovedAt
          ? summaryTitle(row.introSummary ?? "")
          : null
        : (await tx.challenge.count({
              where: { AND: [{ id: row.challenge.id }, companyChallengeWhere(row.companyId)] },
            }))
          ? row.challenge.title
          : NOW_PRIVATE_MSG; // made private since the company showed interest: not named again, in each reader's language
    if (subject !== null) {
      const members = await companyMemberIds(tx, row.companyId);
      await notify(
        tx,
        members.map((userId) => ({
          userId,
          type: "INTEREST_DECLINED" as const,
          message: { key: "interestDeclined" as const, values: { challenge: subject } },
          url: "/interests",
        })),
      );
    }
    return { id: input.id };
  }, TX_OPTIONS);
}

/**
 * 「営業目的のみ」 on or off. The guard on the current value makes a double click a no-op instead of
 * counting twice, and the company's counter moves in the same transaction as the flag.
 */
export async function setSalesOnly(user: SessionUser | null, input: { id: string; salesOnly: boolean }) {
  const u = assertRole(user, CAN.answerCompanies, { active: true });
  return db.$transaction(async (tx) => {
    const row = await loadForDecision(tx, u, input.id);
    const r = await tx.interest.updateMany({
      where: { id: row.id, salesOnly: !input.salesOnly },
      data: { salesOnly: input.salesOnly, salesOnlyMarkedById: input.salesOnly ? u.id : null },
    });
    if (r.count === 0) return { id: row.id, salesOnly: input.salesOnly, changed: false };
    await tx.companyProfile.upsert({
      where: { organizationId: row.companyId },
      create: { organizationId: row.companyId, regionsServed: [], salesOnlyCount: input.salesOnly ? 1 : 0 },
      update: { salesOnlyCount: { increment: input.salesOnly ? 1 : -1 } },
    });
    // The upsert may have created the company's first profile row, which lists it in search.
    await enqueueIndex(tx, "COMPANY", row.companyId);
    return { id: row.id, salesOnly: input.salesOnly, changed: true };
  }, TX_OPTIONS);
}
