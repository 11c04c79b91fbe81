import { z } from "zod";

// One background job = one record made here, in its own file under definitions/ (Documenso's
// jobs/definitions/*), listed in registry.ts. No "server-only": scripts (backup restore) read the
// queue policies outside Next. Handlers import their domain code lazily, so a producer that only
// enqueues (a server action) loads the payload schemas, not the mail transport or the indexer, and
// domain code that enqueues never imports itself back through its own handler.

export type RetryPolicy = {
  /** Attempts after the first; a job that still fails then stays `failed`. */
  limit: number;
  /** First delay; doubled on every attempt when `backoff` is on, up to `maxDelaySeconds`. */
  delaySeconds: number;
  backoff: boolean;
  maxDelaySeconds: number;
};

/** How the worker fetches: jobs per fetch, fetch loops running at once, idle poll interval. */
export type WorkerTuning = { batchSize: number; concurrency: number; pollSeconds: number };

type Fields<N extends string, S extends z.ZodType> = {
  name: N;
  /** Parsed when enqueued and again in the worker: a row in pgboss.job is input like any other. */
  schema: S;
  /** A payload the code really sends; registry.test.ts parses it. */
  example: z.input<S>;
  handler: (data: z.output<S>) => Promise<unknown>;
  worker: WorkerTuning;
  /** pg-boss cron; the worker (re)installs it on start and sends `{}` at each tick. */
  schedule?: { cron: string; tz: string };
  /**
   * pg-boss queue policy; "short" keeps at most one waiting job per singletonKey, so a burst of
   * enqueues with the same key coalesces into one job (match.stage-mail). Fixed when the queue is created.
   */
  policy?: "standard" | "short";
};

export type JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> = Fields<N, S> & {
  retry: RetryPolicy;
  /** A job still active after this long is failed (and retried) by pg-boss. */
  expireInSeconds: number;
};

// Exponential backoff (1 s, 2 s, 4 s … capped at 5 min): an SMTP server that is down for a few
// minutes delays mail rather than losing it.
const defaultRetry: Omit<RetryPolicy, "limit"> = { delaySeconds: 1, backoff: true, maxDelaySeconds: 300 };

export function defineJob<const N extends string, S extends z.ZodType>(
  def: Fields<N, S> & { retry: Pick<RetryPolicy, "limit"> & Partial<RetryPolicy>; expireInSeconds?: number },
): JobDefinition<N, S> {
  return { ...def, retry: { ...defaultRetry, ...def.retry }, expireInSeconds: def.expireInSeconds ?? 600 };
}

/** Scheduled jobs run in Japan time: the users' working day. */
export const JAPAN_TZ = "Asia/Tokyo";

/** Payload of a daily job: the cron sends `{}`; tests and manual runs may pin the clock with `at`. */
export const dailyPayload = z.object({ at: z.string().datetime().optional() }).default({});

export function runAt(data: z.output<typeof dailyPayload>): Date {
  return data.at ? new Date(data.at) : new Date();
}
