import "server-only";
import type { JobResult, PgBoss } from "pg-boss";
import { logger } from "@/lib/log";
import { startBoss } from "./boss";
import { jobs, type JobName } from "./registry";
import { InvalidPayload, runJob } from "./run";

export type Worker = { boss: PgBoss; stop(): Promise<void> };

const workerLog = logger.child({ component: "worker" });

/** `verbose`: one log line per finished job (npm run worker --verbose, WORKER_LOG=1). */
export async function startWorker(opts: { verbose?: boolean; schedule?: boolean } = {}): Promise<Worker> {
  const boss = await startBoss({
    useListenNotify: true,
    schedule: opts.schedule !== false,
    application_name: "kyoso-worker",
  });
  for (const { name, worker: t } of jobs) {
    const options = {
      batchSize: t.batchSize,
      localConcurrency: t.concurrency,
      // LISTEN/NOTIFY wakes idle loops early where it works; the poll is the floor.
      pollingIntervalSeconds: t.pollSeconds,
      notifyPollingIntervalSeconds: t.pollSeconds,
      // A full batch fetches again at once, so a large fan-out drains without waiting for the poll.
      burstWhenBatchFull: t.batchSize > 1,
      // Each job of a batch settles on its own: one bad payload or one failing handler does not
      // send the jobs that succeeded beside it round again.
      perJobResults: true,
    } as const;
    await boss.work(name, options, (batch) =>
      Promise.all(batch.map((job) => run(name, job.id, job.data, opts.verbose))),
    );
  }
  if (opts.schedule !== false) {
    for (const { name, schedule } of jobs) {
      if (schedule) await boss.schedule(name, schedule.cron, {}, { tz: schedule.tz });
    }
  }
  return {
    boss,
    // graceful: running handlers finish (an e-mail half-sent is not abandoned) before the pool closes.
    stop: () => boss.stop({ graceful: true, timeout: 20_000 }),
  };
}

async function run(queue: JobName, jobId: string, data: unknown, verbose?: boolean): Promise<JobResult> {
  const started = Date.now();
  try {
    const result = await runJob(queue, data);
    if (verbose) workerLog.info("job done", { queue, jobId, ms: Date.now() - started, result });
    return { id: jobId, status: "completed", output: result };
  } catch (e) {
    const fields = { queue, jobId, ms: Date.now() - started, err: e };
    if (e instanceof InvalidPayload) {
      // Parsing is deterministic, so retrying cannot help: fail it for good, with the reason on the job.
      workerLog.error("job payload invalid; failed without retry", fields);
      return { id: jobId, status: "deadletter", output: e };
    }
    // pg-boss records the failure and retries per the job's policy; every handler is idempotent.
    workerLog.warn("job failed; pg-boss will retry it", fields);
    return { id: jobId, status: "failed", output: e };
  }
}
