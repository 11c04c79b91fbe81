import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: proposals past their target time are flagged to their municipality's desk (lib/desk/overdue.ts). */
export const deskOverdueJob = defineJob({
  name: "desk.overdue",
  schema: dailyPayload,
  example: {},
  handler: async (d) => (await import("@/lib/desk/overdue")).sendOverdueNotices(runAt(d)),
  retry: { limit: 4 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 30 },
  // 07:30: written before the 08:00 digest (notification-digest.ts) collects them.
  schedule: { cron: "30 7 * * *", tz: JAPAN_TZ },
});
