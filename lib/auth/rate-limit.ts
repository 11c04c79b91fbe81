import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every app instance behind a load balancer sees the
// same count. One statement per hit: INSERT … ON CONFLICT DO UPDATE takes the row lock, so two
// instances counting the same key at once get 1 and 2, never 1 and 1.

export type Limit = { max: number; windowMs: number };

type Row = { count: number; windowStart: Date };

/** The client that runs the count: `db`, or a transaction that must count on its own connection (lib/peer/mutations.ts). */
type Sql = Pick<typeof db, "$queryRaw">;

/** Adds one to `key`'s window (starting a new window when the old one has passed); returns the new count. */
export async function hit(key: string, limit: Limit, now = new Date(), sql: Sql = db): Promise<Row> {
  const expiredBefore = new Date(now.getTime() - limit.windowMs);
  const rows = await sql.$queryRaw<Row[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expiredBefore} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expiredBefore} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  return rows[0];
}

/**
 * Counts one attempt and answers whether it may go ahead: 0, or the minutes to wait. Check and count
 * are the one statement of `hit`, so N parallel calls admit at most `limit.max` (reading first and
 * counting after the work let a parallel burst through; issue 15 F1). Refused attempts count too.
 */
export async function take(key: string, limit: Limit, now = new Date(), sql: Sql = db): Promise<number> {
  const row = await hit(key, limit, now, sql);
  return row.count <= limit.max ? 0 : minutesLeft(row.windowStart, limit, now);
}

/** Gives back one attempt counted by `take` (one that must not count, e.g. a successful sign-in). */
export async function refund(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

function minutesLeft(windowStart: Date, limit: Limit, now: Date): number {
  const until = windowStart.getTime() + limit.windowMs;
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

/** Minutes until `key` may try again, or 0 when it is under its limit. Reads only. */
export async function blockedFor(key: string, limit: Limit, now = new Date()): Promise<number> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.count < limit.max) return 0;
  return minutesLeft(row.windowStart, limit, now);
}

export async function reset(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Old windows are useless; the worker's daily clean-up (or an operator) can call this. */
export async function pruneBuckets(olderThanMs: number, now = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - olderThanMs) } },
  });
  return count;
}
