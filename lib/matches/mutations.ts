import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/outbox";
import { scheduleStageMail } from "@/lib/notifications/stage-batch";
import { CAN, COORDINATION_ROLES } from "@/lib/auth/roles";
import type { MoveInput, UpdateInput } from "./schema";
import { nextMaxRank } from "./stages";

type Tx = Prisma.TransactionClient;

/**
 * Moves a match to another stage (any stage: skips, moving back and reopening a 見送り are all
 * allowed). The update is guarded by the version the coordinator saw: of two people moving the same
 * card at once, the second update finds the version already bumped (Postgres re-checks the WHERE
 * after the first commits), changes nothing, and gets CONFLICT. History, activity timestamps and
 * the company's notification commit with the move or not at all.
 */
export async function moveMatch(user: SessionUser | null, input: MoveInput) {
  const u = assertRole(user, CAN.runPipeline, { active: true });
  return db.$transaction(async (tx) => {
    const m = await tx.match.findUnique({
      where: { id: input.id },
      select: {
        stage: true,
        maxStageRank: true,
        version: true,
        origin: true,
        companyId: true,
        threadId: true,
        interest: { select: { status: true } },
        thread: { select: { subject: true } },
        challenge: { select: { title: true } },
        municipality: { select: { name: true } },
      },
    });
    if (!m) throw new AppError("NOT_FOUND");
    if (m.version !== input.expectedVersion) throw new AppError("CONFLICT");
    if (m.stage === input.to) throw new AppError("INVALID_INPUT");
    const now = new Date();
    const declined = input.to === "DECLINED";
    const r = await tx.match.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        stage: input.to,
        maxStageRank: nextMaxRank(m.maxStageRank, input.to),
        declineReason: declined ? input.declineReason : null,
        declineNote: declined ? (input.declineNote ?? null) : null,
        stageChangedAt: now,
        lastActivityAt: now,
        version: { increment: 1 },
      },
    });
    if (r.count === 0) throw new AppError("CONFLICT");
    await tx.matchStageChange.create({
      data: {
        matchId: input.id,
        fromStage: m.stage,
        toStage: input.to,
        note: input.note ?? null,
        actorId: u.id,
        createdAt: now,
      },
    });
    await notifyCompany(tx, input.id, m, input.to);
    return { id: input.id, stage: input.to, version: input.expectedVersion + 1 };
  });
}

/**
 * The company hears the new stage label only: never notes, reasons or anything internal. An
 * introduction the municipality has not accepted yet is unknown to the company, so nothing is sent.
 * The notice is immediate, in each member's locale; the e-mail gathers the match's changes for an hour.
 */
async function notifyCompany(
  tx: Tx,
  matchId: string,
  m: {
    stage: MoveInput["to"];
    origin: string;
    companyId: string;
    threadId: string | null;
    interest: { status: string } | null;
    thread: { subject: string } | null;
    challenge: { title: string } | null;
    municipality: { name: string };
  },
  to: MoveInput["to"],
) {
  if (m.origin === "INTRODUCTION" && m.interest?.status !== "ACCEPTED") return;
  const members = await tx.user.findMany({
    where: { role: "COMPANY_MEMBER", status: "ACTIVE", memberships: { some: { organizationId: m.companyId } } },
    select: { id: true },
  });
  const subject = m.thread?.subject ?? m.challenge?.title ?? m.municipality.name;
  const url = m.origin === "DIRECT_INQUIRY" && m.threadId ? `/messages/${m.threadId}` : "/interests";
  const created = await notify(
    tx,
    members.map(({ id }) => ({
      userId: id,
      type: "MATCH_STAGE_CHANGED" as const,
      message: { key: "stageChanged" as const, values: { subject, stage: { msg: `pipeline.stage.${to}` } } },
      meta: { matchId, from: m.stage, to },
      url,
      threadId: m.threadId ?? undefined,
    })),
  );
  if (created > 0) await scheduleStageMail(tx, matchId);
}

/** Edits the match's working data, guarded by the same version as moves. Counts as activity. */
export async function updateMatch(user: SessionUser | null, input: UpdateInput) {
  assertRole(user, CAN.runPipeline, { active: true });
  return db.$transaction(async (tx) => {
    const m = await tx.match.findUnique({ where: { id: input.id }, select: { municipalityId: true, version: true } });
    if (!m) throw new AppError("NOT_FOUND");
    if (m.version !== input.expectedVersion) throw new AppError("CONFLICT");
    if (input.departmentId) {
      const ok = await tx.department.count({ where: { id: input.departmentId, organizationId: m.municipalityId } });
      if (!ok) throw new AppError("INVALID_INPUT");
    }
    if (input.coordinatorId) {
      const ok = await tx.user.count({
        where: { id: input.coordinatorId, status: "ACTIVE", role: { in: [...COORDINATION_ROLES] } },
      });
      if (!ok) throw new AppError("INVALID_INPUT");
    }
    const r = await tx.match.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        coordinatorId: input.coordinatorId,
        departmentId: input.departmentId,
        contentOrganized: input.contentOrganized,
        nextAction: input.nextAction,
        nextActionOn: input.nextActionOn ? new Date(`${input.nextActionOn}T00:00:00Z`) : null,
        internalNote: input.internalNote,
        lastActivityAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (r.count === 0) throw new AppError("CONFLICT");
    return { id: input.id, version: input.expectedVersion + 1 };
  });
}
