import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: drop sign-in rate-limit buckets older than a day (lib/auth/rate-limit.ts). */
export const authPruneRateLimitsJob = defineJob({
  name: "auth.prune-rate-limits",
  schema: dailyPayload,
  example: {},
  handler: async (d) => {
    const { pruneBuckets } = await import("@/lib/auth/rate-limit");
    return { deleted: await pruneBuckets(86_400_000, runAt(d)) };
  },
  retry: { limit: 2 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 60 },
  // 03:15, with the storage sweep: nobody signs in then.
  schedule: { cron: "15 3 * * *", tz: JAPAN_TZ },
});
