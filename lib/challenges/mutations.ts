import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChallengeStatus } from "@/lib/generated/prisma/enums";
import { CAN } from "@/lib/auth/roles";
import type { ChallengeContentInput, ChallengeDraftInput, ChallengePublishInput, RevisionGuard } from "./schema";
import { editableChallengeWhere, visibleChallengeWhere } from "./visibility";
import { enqueue } from "@/lib/jobs/enqueue";
import { enqueueIndex } from "@/lib/search/enqueue";
import { mayConfirm } from "@/lib/calls/confirm";

export type Tx = Prisma.TransactionClient;

/**
 * The sheet's columns from validated input. A rough draft may have no kind yet: the column then
 * holds 相談型 as a placeholder and kindChosen says that nobody picked it, so the wizard shows
 * 「未選択」 and 公開する still asks for a kind.
 */
export function contentData(input: ChallengeContentInput) {
  const kind = input.kind ?? "CONSULTATION";
  const hasBudget = input.budgetStatus === "CONSIDERING" || input.budgetStatus === "SECURED";
  return {
    kind,
    kindChosen: input.kind !== undefined,
    programKind: kind === "PROGRAM" ? (input.programKind ?? null) : null,
    title: input.title ?? "",
    situation: input.situation ?? "",
    tried: input.tried ?? null,
    affected: input.affected ?? null,
    success: input.success ?? null,
    companyGain: input.companyGain ?? null,
    offers: input.offers,
    offerNote: input.offerNote ?? null,
    budgetStatus: input.budgetStatus ?? null,
    budgetAmount: hasBudget && input.budgetAmount !== undefined ? BigInt(input.budgetAmount) : null,
    budgetFiscalYear: hasBudget ? (input.budgetFiscalYear ?? null) : null,
    periodNote: input.periodNote ?? null,
  };
}

/** A typed new name becomes a Department of the challenge's municipality; a picked id must belong to it. */
export async function resolveDepartment(
  tx: Tx,
  municipalityId: string,
  input: ChallengeContentInput,
): Promise<string | null> {
  if (input.departmentName) {
    const d = await tx.department.upsert({
      where: { organizationId_name: { organizationId: municipalityId, name: input.departmentName } },
      create: { organizationId: municipalityId, name: input.departmentName },
      update: {},
      select: { id: true },
    });
    return d.id;
  }
  if (!input.departmentId) return null;
  const d = await tx.department.findFirst({
    where: { id: input.departmentId, organizationId: municipalityId },
    select: { id: true },
  });
  if (!d) throw new AppError("INVALID_INPUT");
  return d.id;
}

export async function themeIds(tx: Tx, slugs: string[]) {
  if (slugs.length === 0) return [];
  return tx.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
}

// Saves of one draft queue on its row lock; with a burst (two tabs, a retry) larger than the pool,
// waiting for a connection longer than Prisma's 2 s default is better than failing the save.
const BURST = { maxWait: 10_000, timeout: 15_000 };

/** What a write reports back: the wizard keeps the revision for its next save and shows savedAt. */
export type Saved = { id: string; revision: string; savedAt: string };
const saved = (r: { id: string; revision: string; updatedAt: Date }): Saved => ({
  id: r.id,
  revision: r.revision,
  savedAt: r.updatedAt.toISOString(),
});
export const savedSelect = { id: true, revision: true, updatedAt: true } as const;

/** A new row in the author's municipality; `revision` is the wizard's token for this first version. */
export async function createChallenge(
  user: SessionUser | null,
  input: ChallengeContentInput,
  status: ChallengeStatus,
  revision?: string,
): Promise<Saved> {
  // Only approved staff create: a challenge belongs to the author's municipality.
  const author = assertRole(user, CAN.postChallenges, { active: true });
  if (!author.organizationId) throw new AppError("FORBIDDEN");
  const municipalityId = author.organizationId;
  return db.$transaction(async (tx) => {
    const departmentId = await resolveDepartment(tx, municipalityId, input);
    const themes = await themeIds(tx, input.themeSlugs);
    const row = await tx.challenge.create({
      data: {
        ...contentData(input),
        ...(revision ? { revision } : {}),
        status,
        municipalityId,
        departmentId,
        authorId: author.id,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
        themes: { connect: themes },
      },
      select: savedSelect,
    });
    // Reverse-match alerts: written in this transaction (outbox), so a rollback sends nothing.
    if (status === "PUBLISHED") await enqueue(tx, "challenge.published", { challengeId: row.id });
    // Every change goes to the search job, which indexes public rows and removes the rest (drafts too).
    await enqueueIndex(tx, "CHALLENGE", row.id);
    return saved(row);
  }, BURST);
}

/** Why a guarded write matched no row: the row left the expected status, or someone saved a newer version. */
export type Refusal = "status" | "stale";

/**
 * Writes the sheet onto an existing row, guarded by its status: the update only matches while the
 * row is still in one of `from`, so two people publishing the same draft at once get one success
 * and one refusal instead of two publishedAt stamps. With a guard it also only matches while the row
 * is at one of the versions the caller has seen, so an older tab cannot overwrite newer text; the
 * guard is in the UPDATE's WHERE, which PostgreSQL re-checks after waiting for a concurrent writer.
 */
export async function writeChallenge(
  user: SessionUser | null,
  id: string,
  input: ChallengeContentInput,
  { from, to, guard }: { from: ChallengeStatus[]; to?: "PUBLISHED"; guard?: RevisionGuard },
): Promise<Saved | { refused: Refusal }> {
  assertRole(user, CAN.editChallenges, { active: true });
  const scope: Prisma.ChallengeWhereInput = {
    AND: [{ id }, visibleChallengeWhere(user), editableChallengeWhere(user)],
  };
  return db.$transaction(async (tx) => {
    const current = await tx.challenge.findFirst({
      where: scope,
      select: { ...savedSelect, municipalityId: true, themeCallAnswer: { select: { departmentId: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND");
    // A draft the desk made from a theme call's answer goes public only when its department in charge
    // publishes it (issue 17 §1: the department confirms): not the desk, not a coordinator.
    if (to === "PUBLISHED" && current.themeCallAnswer && !mayConfirm(user, current.themeCallAnswer.departmentId))
      throw new AppError("FORBIDDEN");
    // The same save delivered twice (a retry whose first answer was lost): it is already written.
    if (guard?.revision && current.revision === guard.revision && !to) return saved(current);
    const departmentId = await resolveDepartment(tx, current.municipalityId, input);
    const revision = guard?.revision ?? randomUUID();
    const now = new Date();
    const { count } = await tx.challenge.updateMany({
      where: {
        AND: [scope, { status: { in: from } }, guard?.revision ? { revision: { in: guard.baseRevisions } } : {}],
      },
      data: {
        ...contentData(input),
        departmentId,
        revision,
        updatedAt: now,
        ...(to === "PUBLISHED" ? { status: to, publishedAt: now } : {}),
      },
    });
    if (count === 0) {
      const after = await tx.challenge.findFirst({ where: scope, select: { status: true } });
      return { refused: after && from.includes(after.status) ? "stale" : "status" };
    }
    const themes = await themeIds(tx, input.themeSlugs);
    await tx.challenge.update({ where: { id }, data: { themes: { set: themes } }, select: { id: true } });
    if (to === "PUBLISHED") await enqueue(tx, "challenge.published", { challengeId: id });
    await enqueueIndex(tx, "CHALLENGE", id);
    return { id, revision, savedAt: now.toISOString() };
  }, BURST);
}

/** writeChallenge for callers that treat any refusal as a conflict (publish, edits of a live challenge). */
async function updateChallenge(
  user: SessionUser | null,
  id: string,
  input: ChallengeContentInput,
  opts: { from: ChallengeStatus[]; to?: "PUBLISHED"; guard?: RevisionGuard },
): Promise<Saved> {
  const r = await writeChallenge(user, id, input, opts);
  if ("refused" in r) throw new AppError("CONFLICT");
  return r;
}

/** 下書き保存 without a version guard (scripts, fixtures): creates the row, then keeps updating it while it is a draft. */
export async function saveChallengeDraft(user: SessionUser | null, input: ChallengeDraftInput): Promise<Saved> {
  return input.id ? updateChallenge(user, input.id, input, { from: ["DRAFT"] }) : createChallenge(user, input, "DRAFT");
}

/** 公開する: DRAFT → PUBLISHED with the latest content (or straight to PUBLISHED when never saved). */
export async function publishChallenge(
  user: SessionUser | null,
  input: ChallengePublishInput,
  guard?: RevisionGuard,
): Promise<Saved> {
  return input.id
    ? updateChallenge(user, input.id, input, { from: ["DRAFT"], to: "PUBLISHED", guard })
    : createChallenge(user, input, "PUBLISHED", guard?.revision);
}

/** Edits to a challenge already published (or closed) must still meet the publish rules. */
export async function updatePublishedChallenge(
  user: SessionUser | null,
  input: ChallengePublishInput & { id: string },
  guard?: RevisionGuard,
): Promise<Saved> {
  return updateChallenge(user, input.id, input, { from: ["PUBLISHED", "CLOSED"], guard });
}

async function transition(
  user: SessionUser | null,
  id: string,
  from: ChallengeStatus,
  data: Prisma.ChallengeUpdateManyMutationInput,
) {
  assertRole(user, CAN.editChallenges, { active: true });
  const scope: Prisma.ChallengeWhereInput = {
    AND: [{ id }, visibleChallengeWhere(user), editableChallengeWhere(user)],
  };
  // A transaction so the search job (closing removes the challenge from search) commits with the change.
  return db.$transaction(async (tx) => {
    const { count } = await tx.challenge.updateMany({ where: { AND: [scope, { status: from }] }, data });
    if (count === 0) {
      const exists = await tx.challenge.count({ where: scope });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
    }
    await enqueueIndex(tx, "CHALLENGE", id);
    return { id };
  });
}

/** 募集を終了する: PUBLISHED → CLOSED. The page stays public as a record. */
export const closeChallenge = (user: SessionUser | null, id: string) =>
  transition(user, id, "PUBLISHED", { status: "CLOSED", closedAt: new Date() });

/** 募集を再開する: CLOSED → PUBLISHED. */
export const reopenChallenge = (user: SessionUser | null, id: string) =>
  transition(user, id, "CLOSED", { status: "PUBLISHED", closedAt: null });
