import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/**
 * Once a day: drop rate-limit buckets older than a day (lib/auth/rate-limit.ts) and sign-up forms whose
 * confirmation link has expired (lib/accounts/signup-request.ts).
 */
export const authPruneRateLimitsJob = defineJob({
  name: "auth.prune-rate-limits",
  schema: dailyPayload,
  example: {},
  handler: async (d) => {
    const { pruneBuckets } = await import("@/lib/auth/rate-limit");
    const { pruneExpiredSignupRequests } = await import("@/lib/accounts/signup-request");
    const now = runAt(d);
    return { deleted: await pruneBuckets(86_400_000, now), signupRequests: await pruneExpiredSignupRequests(now) };
  },
  retry: { limit: 2 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 60 },
  // 03:15, with the storage sweep: nobody signs in then.
  schedule: { cron: "15 3 * * *", tz: JAPAN_TZ },
});
