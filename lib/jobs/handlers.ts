import "server-only";
import type { z } from "zod";
import { pruneBuckets } from "@/lib/auth/rate-limit";
import { sendBudgetReminders } from "@/lib/budget-calendar/reminders";
import { sendStaleDigest } from "@/lib/matches/stale-digest";
import { deliverImmediate, sendDigests } from "@/lib/notifications/delivery";
import { indexDocument } from "@/lib/search/indexer";
import { sweepOrphanedFiles } from "@/lib/storage/sweep";
import { fanOutChallenge } from "@/lib/notifications/fanout";
import { jobs, type JobName } from "./definitions";

type Handlers = { [N in JobName]: (data: z.output<(typeof jobs)[N]>) => Promise<unknown> };

export const handlers: Handlers = {
  "challenge.published": (d) => fanOutChallenge(d.challengeId),
  "notification.email": (d) => deliverImmediate(d.notificationIds),
  "notification.digest": (d) => sendDigests(d.at ? new Date(d.at) : new Date()),
  "match.stale-digest": (d) => sendStaleDigest(d.at ? new Date(d.at) : new Date()),
  "budget.reminders": (d) => sendBudgetReminders(d.at ? new Date(d.at) : new Date()),
  "search.index": (d) => indexDocument(d.kind, d.id),
  "storage.sweep": (d) => sweepOrphanedFiles(d.at ? new Date(d.at) : new Date()),
  "auth.prune-rate-limits": (d) =>
    pruneBuckets(86_400_000, d.at ? new Date(d.at) : new Date()).then((deleted) => ({ deleted })),
};

/** Parses the payload (a job row is input like any other) and runs the handler. */
export async function runJob<N extends JobName>(name: N, data: unknown): Promise<unknown> {
  const parsed = jobs[name].parse(data ?? {}) as z.output<(typeof jobs)[N]>;
  return (handlers[name] as (d: typeof parsed) => Promise<unknown>)(parsed);
}
