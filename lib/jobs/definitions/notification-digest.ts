import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: one digest e-mail per DAILY_DIGEST user (lib/notifications/delivery.ts). */
export const notificationDigestJob = defineJob({
  name: "notification.digest",
  schema: dailyPayload,
  example: {},
  handler: async (d) => (await import("@/lib/notifications/delivery")).sendDigests(runAt(d)),
  retry: { limit: 4 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 30 },
  // 08:00, when clerks and sales staff start the day; the 07:30 jobs have written their notifications by then.
  schedule: { cron: "0 8 * * *", tz: JAPAN_TZ },
});
