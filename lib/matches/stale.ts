import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PIPELINE, type PipelineStage } from "./stages";

/** Days without activity before a match is 「停滞」; BUDGETED and DECLINED never go stale. Admins override per stage (StaleSetting). */
export const DEFAULT_STALE_DAYS: Record<Exclude<PipelineStage, "BUDGETED">, number> = {
  INTEREST: 14,
  MATCHING: 21,
  MEETING: 30,
  FEASIBILITY: 45,
};
export const STALE_STAGES = PIPELINE.filter((s): s is keyof typeof DEFAULT_STALE_DAYS => s !== "BUDGETED");
export type StaleDays = typeof DEFAULT_STALE_DAYS;

export async function getStaleDays(client: Prisma.TransactionClient = db): Promise<StaleDays> {
  const rows = await client.staleSetting.findMany();
  const days = { ...DEFAULT_STALE_DAYS };
  for (const r of rows) if (r.stage in days) days[r.stage as keyof StaleDays] = r.days;
  return days;
}

/** Matches that are stale at `now`, as a where clause (one OR per stage, each using the (stage, lastActivityAt) index). */
export function staleWhere(days: StaleDays, now: Date): Prisma.MatchWhereInput {
  return {
    OR: STALE_STAGES.map((stage) => ({
      stage,
      lastActivityAt: { lt: new Date(now.getTime() - days[stage] * 86_400_000) },
    })),
  };
}

export function isStale(m: { stage: string; lastActivityAt: Date }, days: StaleDays, now: Date): boolean {
  const d = days[m.stage as keyof StaleDays];
  return d !== undefined && m.lastActivityAt.getTime() < now.getTime() - d * 86_400_000;
}
