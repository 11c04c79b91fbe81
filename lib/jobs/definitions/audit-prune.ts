import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: drop audit rows past their retention period (lib/audit/retention.ts). */
export const auditPruneJob = defineJob({
  name: "audit.prune",
  schema: dailyPayload,
  example: {},
  handler: async (d) => ({ deleted: await (await import("@/lib/audit/retention")).pruneAuditLog(runAt(d)) }),
  retry: { limit: 2 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 60 },
  // 03:30, after the 03:15 sweeps: nobody signs in then.
  schedule: { cron: "30 3 * * *", tz: JAPAN_TZ },
});
