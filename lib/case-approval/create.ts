import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError, errorCodeOf } from "@/lib/errors";
import { actingMatchWhere } from "@/lib/matches/sides";
import { prefillCase } from "./prefill";

export type CreateCaseResult = { ok: true; id: string; created: boolean } | { ok: false; reason: "not_ready" };

/** A match is ready to become a case once it reached 事業化・予算化 or one of its pilots ended; never once declined. */
export const readyMatchWhere = {
  stage: { not: "DECLINED" as const },
  OR: [{ stage: "BUDGETED" as const }, { pilots: { some: { status: "ENDED" as const } } }],
};

// Loads what the draft is written from, and nothing else: no internal note, no side's own pilot note.
const sourceSelect = {
  stage: true,
  scheme: true,
  expectedBudget: true,
  targetFiscalYear: true,
  municipality: { select: { id: true, name: true } },
  company: { select: { id: true, name: true } },
  challenge: { select: { title: true, situation: true, themes: { select: { id: true } } } },
  pilots: {
    where: { status: "ENDED" as const },
    orderBy: [{ endReviewedAt: { sort: "desc" as const, nulls: "last" as const } }, { endsOn: "desc" as const }],
    take: 1,
    select: {
      id: true,
      title: true,
      purpose: true,
      startsOn: true,
      endsOn: true,
      cityProvides: true,
      companyProvides: true,
      endReviewNote: true,
      criteria: {
        orderBy: { sortOrder: "asc" as const },
        select: { label: true, target: true, baseline: true, met: true, result: true },
      },
    },
  },
};

/**
 * 「事例にする」: one case per match (Case.matchId is unique). Parallel clicks race on that constraint: one insert
 * wins, the others roll back and are sent to the winner's case, so every click ends on the same page.
 */
export async function createCaseFromMatch(user: SessionUser | null, matchId: string): Promise<CreateCaseResult> {
  const u = assertRole(user, CAN.writeMatchCases, { active: true });
  const scope = { id: matchId, ...actingMatchWhere(u) };
  const existing = await db.case.findFirst({ where: { matchId, match: scope }, select: { id: true } });
  if (existing) return { ok: true, id: existing.id, created: false };
  try {
    return await db.$transaction(async (tx) => {
      const m = await tx.match.findFirst({ where: scope, select: { id: true } });
      if (!m) throw new AppError("NOT_FOUND");
      const src = await tx.match.findFirst({ where: { AND: [scope, readyMatchWhere] }, select: sourceSelect });
      if (!src) return { ok: false as const, reason: "not_ready" as const };
      const row = await tx.case.create({
        data: { ...prefillCase({ ...src, pilot: src.pilots[0] ?? null }), matchId, createdById: u.id },
        select: { id: true },
      });
      return { ok: true as const, id: row.id, created: true };
    });
  } catch (e) {
    if (errorCodeOf(e) !== "ALREADY_EXISTS") throw e;
    const winner = await db.case.findFirst({ where: { matchId, match: scope }, select: { id: true } });
    if (!winner) throw e;
    return { ok: true, id: winner.id, created: false };
  }
}
