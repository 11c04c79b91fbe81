import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: delete stored upload files that no row references (lib/storage/sweep.ts). */
export const storageSweepJob = defineJob({
  name: "storage.sweep",
  schema: dailyPayload,
  example: {},
  handler: async (d) => (await import("@/lib/storage/sweep")).sweepOrphanedFiles(runAt(d)),
  retry: { limit: 2 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 60 },
  // 03:15: the sweep runs when nobody uploads.
  schedule: { cron: "15 3 * * *", tz: JAPAN_TZ },
});
