import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChallengeStatus } from "@/lib/generated/prisma/enums";
import { CAN } from "@/lib/auth/roles";
import type { ChallengeDraftInput, ChallengePublishInput } from "./schema";
import { editableChallengeWhere, visibleChallengeWhere } from "./visibility";
import { enqueue } from "@/lib/jobs/enqueue";
import { enqueueIndex } from "@/lib/search/enqueue";

type Tx = Prisma.TransactionClient;

/** The sheet's columns from validated input. A rough draft has no kind yet; 相談型 is the gentlest default. */
function contentData(input: ChallengeDraftInput) {
  const kind = input.kind ?? "CONSULTATION";
  const hasBudget = input.budgetStatus === "CONSIDERING" || input.budgetStatus === "SECURED";
  return {
    kind,
    programKind: kind === "PROGRAM" ? (input.programKind ?? null) : null,
    title: input.title,
    situation: input.situation,
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
async function resolveDepartment(tx: Tx, municipalityId: string, input: ChallengeDraftInput): Promise<string | null> {
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

async function themeIds(tx: Tx, slugs: string[]) {
  if (slugs.length === 0) return [];
  return tx.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
}

async function createChallenge(user: SessionUser | null, input: ChallengeDraftInput, status: ChallengeStatus) {
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
        status,
        municipalityId,
        departmentId,
        authorId: author.id,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
        themes: { connect: themes },
      },
      select: { id: true },
    });
    // Reverse-match alerts: written in this transaction (outbox), so a rollback sends nothing.
    if (status === "PUBLISHED") await enqueue(tx, "challenge.published", { challengeId: row.id });
    // Every change goes to the search job, which indexes public rows and removes the rest (drafts too).
    await enqueueIndex(tx, "CHALLENGE", row.id);
    return row;
  });
}

/**
 * Writes the sheet onto an existing row, guarded by its status: the update only matches while the
 * row is still in one of `from`, so two people publishing the same draft at once get one success
 * and one CONFLICT instead of two publishedAt stamps.
 */
async function updateChallenge(
  user: SessionUser | null,
  id: string,
  input: ChallengeDraftInput,
  from: ChallengeStatus[],
  to?: ChallengeStatus,
) {
  assertRole(user, CAN.editChallenges, { active: true });
  const scope: Prisma.ChallengeWhereInput = {
    AND: [{ id }, visibleChallengeWhere(user), editableChallengeWhere(user)],
  };
  return db.$transaction(async (tx) => {
    const current = await tx.challenge.findFirst({ where: scope, select: { municipalityId: true } });
    if (!current) throw new AppError("NOT_FOUND");
    const departmentId = await resolveDepartment(tx, current.municipalityId, input);
    const { count } = await tx.challenge.updateMany({
      where: { AND: [scope, { status: { in: from } }] },
      data: {
        ...contentData(input),
        departmentId,
        ...(to === "PUBLISHED" ? { status: to, publishedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const themes = await themeIds(tx, input.themeSlugs);
    await tx.challenge.update({ where: { id }, data: { themes: { set: themes } }, select: { id: true } });
    if (to === "PUBLISHED") await enqueue(tx, "challenge.published", { challengeId: id });
    await enqueueIndex(tx, "CHALLENGE", id);
    return { id };
  });
}

/** 下書き保存: creates the row on first save, then keeps updating it while it is a draft. */
export async function saveChallengeDraft(
  user: SessionUser | null,
  input: ChallengeDraftInput,
): Promise<{ id: string }> {
  return input.id ? updateChallenge(user, input.id, input, ["DRAFT"]) : createChallenge(user, input, "DRAFT");
}

/** 公開する: DRAFT → PUBLISHED with the latest content (or straight to PUBLISHED when never saved). */
export async function publishChallenge(
  user: SessionUser | null,
  input: ChallengePublishInput,
): Promise<{ id: string }> {
  return input.id
    ? updateChallenge(user, input.id, input, ["DRAFT"], "PUBLISHED")
    : createChallenge(user, input, "PUBLISHED");
}

/** Edits to a challenge already published (or closed) must still meet the publish rules. */
export async function updatePublishedChallenge(
  user: SessionUser | null,
  input: ChallengePublishInput & { id: string },
): Promise<{ id: string }> {
  return updateChallenge(user, input.id, input, ["PUBLISHED", "CLOSED"]);
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
