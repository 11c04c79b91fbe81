import type { MatchStage } from "@/lib/generated/prisma/enums";

// Pipeline order. DECLINED is not a step: a declined match keeps the furthest step it reached
// (Match.maxStageRank), which is what the funnel counts (docs/metrics.md).
export const PIPELINE = [
  "INTEREST",
  "MATCHING",
  "MEETING",
  "FEASIBILITY",
  "BUDGETED",
] as const satisfies readonly MatchStage[];
export type PipelineStage = (typeof PIPELINE)[number];
export const ALL_STAGES = [...PIPELINE, "DECLINED"] as const satisfies readonly MatchStage[];
/** Every stage, for client components (app/** does not import Prisma's generated code). */
export type Stage = (typeof ALL_STAGES)[number];

export const DECLINE_REASONS = [
  "NO_BUDGET",
  "NOT_A_FIT",
  "TIMING",
  "CHOSE_OTHER",
  "COMPANY_WITHDREW",
  "NO_RESPONSE",
  "OTHER",
] as const;

export const MEETING_RANK = 2;
export const FEASIBILITY_RANK = 3;

export function stageRank(stage: PipelineStage): number {
  return PIPELINE.indexOf(stage);
}

/** The furthest rank after moving to `to`: declining keeps it; moving back does not lower it. */
export function nextMaxRank(currentMax: number, to: MatchStage): number {
  return to === "DECLINED" ? currentMax : Math.max(currentMax, stageRank(to));
}
