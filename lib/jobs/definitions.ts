import { z } from "zod";
import type { Queue } from "pg-boss";

// Every job the worker knows: a zod schema for its payload (parsed again in the worker, because a
// row in pgboss.job is input like any other) and the queue's retry policy.
export const jobs = {
  /** A challenge became PUBLISHED: find the matching companies and notify them. */
  "challenge.published": z.object({ challengeId: z.string().min(1).max(64) }),
  /** Send the immediate e-mails for these notifications (IMMEDIATE users only; others wait for the digest). */
  "notification.email": z.object({ notificationIds: z.array(z.string().min(1).max(64)).min(1).max(500) }),
  /** Once a day: one digest e-mail per DAILY_DIGEST user. */
  "notification.digest": z.object({ at: z.string().datetime().optional() }).default({}),
  /** Once a day: each coordinator hears of the matches that went 「停滞」 (lib/matches/stale-digest.ts). */
  "match.stale-digest": z.object({ at: z.string().datetime().optional() }).default({}),
  /** Once a day: remind coordinators of budget steps coming up for their matches (lib/budget-calendar/reminders.ts). */
  "budget.reminders": z.object({ at: z.string().datetime().optional() }).default({}),
  /** Once a day: delete stored upload files that no row references (lib/storage/sweep.ts). */
  "storage.sweep": z.object({ at: z.string().datetime().optional() }).default({}),
  /** Once a day: drop sign-in rate-limit buckets older than a day (lib/auth/rate-limit.ts). */
  "auth.prune-rate-limits": z.object({ at: z.string().datetime().optional() }).default({}),
  /** A case, challenge or company changed: update (or remove) its search document (lib/search/indexer.ts). */
  "search.index": z.object({ kind: z.enum(["CASE", "CHALLENGE", "COMPANY"]), id: z.string().min(1).max(64) }),
} as const;

export type JobName = keyof typeof jobs;
export type JobData<N extends JobName> = z.input<(typeof jobs)[N]>;
export const jobNames = Object.keys(jobs) as JobName[];

// Exponential backoff (1 s, 2 s, 4 s … capped at 5 min): an SMTP server that is down for a few
// minutes delays mail rather than losing it.
const retrying: Omit<Queue, "name"> = {
  retryLimit: 8,
  retryDelay: 1,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: 600,
};

export const queueOptions: Record<JobName, Omit<Queue, "name">> = {
  "challenge.published": retrying,
  "notification.email": retrying,
  "notification.digest": { ...retrying, retryLimit: 4 },
  "match.stale-digest": { ...retrying, retryLimit: 4 },
  "budget.reminders": { ...retrying, retryLimit: 4 },
  "search.index": retrying,
  "storage.sweep": { ...retrying, retryLimit: 2 },
  "auth.prune-rate-limits": { ...retrying, retryLimit: 2 },
};

/** 08:00 Japan time, when clerks and sales staff start the day. */
export const DIGEST_CRON = "0 8 * * *";
export const DIGEST_TZ = "Asia/Tokyo";
/** 07:30 Japan time: stale and budget reminders are written before the 08:00 digest collects them. */
export const DAILY_PREP_CRON = "30 7 * * *";
/** 03:15 Japan time: the orphan sweep runs when nobody uploads. */
export const SWEEP_CRON = "15 3 * * *";
