import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: both sides of an agreed pilot hear of its review dates, a week ahead and on the day (lib/pilots/reminders.ts). */
export const pilotRemindersJob = defineJob({
  name: "pilot.reminders",
  schema: dailyPayload,
  example: {},
  handler: async (d) => (await import("@/lib/pilots/reminders")).sendPilotReviewReminders(runAt(d)),
  retry: { limit: 4 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 30 },
  // 07:30: written before the 08:00 digest (notification-digest.ts) collects them.
  schedule: { cron: "30 7 * * *", tz: JAPAN_TZ },
});
