import "server-only";
import type { PgBoss } from "pg-boss";
import { logger } from "@/lib/log";
import { startBoss } from "./boss";
import { DAILY_PREP_CRON, SWEEP_CRON, DIGEST_CRON, DIGEST_TZ, jobNames, type JobName } from "./definitions";
import { runJob } from "./handlers";

// Per queue: how many jobs one fetch takes, how many fetch loops run, and how often an idle loop
// polls. E-mail jobs mostly wait on SMTP, so several run at once (the pooled transport caps the
// connections). A full batch fetches again at once (burst), so a 2,000-company fan-out drains
// fast; LISTEN/NOTIFY wakes idle loops early where it works, the short poll is the floor.
const tuning: Record<JobName, { batchSize: number; localConcurrency: number; poll: number }> = {
  "challenge.published": { batchSize: 1, localConcurrency: 2, poll: 0.5 },
  "notification.email": { batchSize: 4, localConcurrency: 4, poll: 0.5 },
  "notification.digest": { batchSize: 1, localConcurrency: 1, poll: 30 },
  "match.stale-digest": { batchSize: 1, localConcurrency: 1, poll: 30 },
  "budget.reminders": { batchSize: 1, localConcurrency: 1, poll: 30 },
  "search.index": { batchSize: 20, localConcurrency: 2, poll: 0.5 },
  "storage.sweep": { batchSize: 1, localConcurrency: 1, poll: 60 },
  "auth.prune-rate-limits": { batchSize: 1, localConcurrency: 1, poll: 60 },
};

export type Worker = { boss: PgBoss; stop(): Promise<void> };

const workerLog = logger.child({ component: "worker" });

/** `verbose`: one log line per finished job (npm run worker --verbose, WORKER_LOG=1). */
export async function startWorker(opts: { verbose?: boolean; schedule?: boolean } = {}): Promise<Worker> {
  const boss = await startBoss({
    useListenNotify: true,
    schedule: opts.schedule !== false,
    application_name: "kyoso-worker",
  });
  for (const name of jobNames) {
    const t = tuning[name];
    const options = {
      batchSize: t.batchSize,
      localConcurrency: t.localConcurrency,
      pollingIntervalSeconds: t.poll,
      notifyPollingIntervalSeconds: t.poll,
      burstWhenBatchFull: t.batchSize > 1,
    };
    await boss.work(name, options, async (batch) => {
      // A failure fails the whole batch and pg-boss retries it; every handler is idempotent.
      const results = await Promise.all(
        batch.map(async (job) => {
          const started = Date.now();
          const result = await runJob(name, job.data).catch((e: unknown) => {
            // pg-boss records the failure and retries; say so where operators look.
            workerLog.warn("job failed; pg-boss will retry it", {
              queue: name,
              jobId: job.id,
              ms: Date.now() - started,
              err: e,
            });
            throw e;
          });
          if (opts.verbose)
            workerLog.info("job done", { queue: name, jobId: job.id, ms: Date.now() - started, result });
          return result;
        }),
      );
      return results.length === 1 ? results[0] : results;
    });
  }
  if (opts.schedule !== false) {
    // The daily jobs run before the digest e-mail goes out, so their notifications are in it.
    await boss.schedule("match.stale-digest", DAILY_PREP_CRON, {}, { tz: DIGEST_TZ });
    await boss.schedule("budget.reminders", DAILY_PREP_CRON, {}, { tz: DIGEST_TZ });
    await boss.schedule("storage.sweep", SWEEP_CRON, {}, { tz: DIGEST_TZ });
    await boss.schedule("auth.prune-rate-limits", SWEEP_CRON, {}, { tz: DIGEST_TZ });
    await boss.schedule("notification.digest", DIGEST_CRON, {}, { tz: DIGEST_TZ });
  }
  return {
    boss,
    // graceful: running handlers finish (an e-mail half-sent is not abandoned) before the pool closes.
    stop: () => boss.stop({ graceful: true, timeout: 20_000 }),
  };
}
