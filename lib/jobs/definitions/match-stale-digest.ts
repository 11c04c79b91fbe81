import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: each coordinator hears of the matches that went 「停滞」 (lib/matches/stale-digest.ts). */
export const matchStaleDigestJob = defineJob({
  name: "match.stale-digest",
  schema: dailyPayload,
  example: {},
  handler: async (d) => (await import("@/lib/matches/stale-digest")).sendStaleDigest(runAt(d)),
  retry: { limit: 4 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 30 },
  // 07:30: written before the 08:00 digest (notification-digest.ts) collects it.
  schedule: { cron: "30 7 * * *", tz: JAPAN_TZ },
});
