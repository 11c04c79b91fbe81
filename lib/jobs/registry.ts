import type { Queue } from "pg-boss";
import type { z } from "zod";
import type { JobDefinition } from "./define-job";
import { accountReviewMailJob } from "./definitions/account-review-mail";
import { accountSignupMailJob } from "./definitions/account-signup-mail";
import { auditPruneJob } from "./definitions/audit-prune";
import { authPruneRateLimitsJob } from "./definitions/auth-prune-rate-limits";
import { budgetRemindersJob } from "./definitions/budget-reminders";
import { challengePublishedJob } from "./definitions/challenge-published";
import { deskInvitationMailJob } from "./definitions/desk-invitation-mail";
import { deskOverdueJob } from "./definitions/desk-overdue";
import { matchStageMailJob } from "./definitions/match-stage-mail";
import { matchStaleDigestJob } from "./definitions/match-stale-digest";
import { notificationDigestJob } from "./definitions/notification-digest";
import { notificationEmailJob } from "./definitions/notification-email";
import { pilotRemindersJob } from "./definitions/pilot-reminders";
import { searchIndexJob } from "./definitions/search-index";
import { storageSweepJob } from "./definitions/storage-sweep";

// Every job the worker knows. A new job is its file in definitions/ and one line here; the names
// are pg-boss queue names, so a job already in production keeps its name (rows wait under it).
export const jobs = [
  challengePublishedJob,
  notificationEmailJob,
  notificationDigestJob,
  matchStaleDigestJob,
  budgetRemindersJob,
  searchIndexJob,
  storageSweepJob,
  authPruneRateLimitsJob,
  auditPruneJob,
  accountSignupMailJob,
  accountReviewMailJob,
  matchStageMailJob,
  deskOverdueJob,
  deskInvitationMailJob,
  pilotRemindersJob,
] as const;

type AnyJob = (typeof jobs)[number];
export type JobName = AnyJob["name"];
export type JobOf<N extends JobName> = Extract<AnyJob, { name: N }>;
/** What enqueue accepts for job N (before the schema's defaults are applied). */
export type JobData<N extends JobName> = z.input<JobOf<N>["schema"]>;

export const jobNames: JobName[] = jobs.map((j) => j.name);

const byName = new Map<string, JobDefinition>(jobs.map((j) => [j.name, j as unknown as JobDefinition]));

export function getJob<N extends JobName>(name: N): JobOf<N> {
  const job = byName.get(name);
  if (!job) throw new Error(`unknown job ${name}`);
  return job as unknown as JobOf<N>;
}

/** The pg-boss queue settings of a job (createQueue), from its record. */
function queueOptionsOf(job: JobDefinition): Omit<Queue, "name"> {
  return {
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
    retryDelayMax: job.retry.maxDelaySeconds,
    expireInSeconds: job.expireInSeconds,
    ...(job.policy ? { policy: job.policy } : {}),
  };
}

export const queueOptions = Object.fromEntries([...byName].map(([name, job]) => [name, queueOptionsOf(job)])) as Record<
  JobName,
  Omit<Queue, "name">
>;
