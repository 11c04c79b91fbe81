import { dailyPayload, defineJob, JAPAN_TZ, runAt } from "../define-job";

/** Once a day: remind coordinators of budget steps coming up for their matches (lib/budget-calendar/reminders.ts). */
export const budgetRemindersJob = defineJob({
  name: "budget.reminders",
  schema: dailyPayload,
  example: {},
  handler: async (d) => (await import("@/lib/budget-calendar/reminders")).sendBudgetReminders(runAt(d)),
  retry: { limit: 4 },
  worker: { batchSize: 1, concurrency: 1, pollSeconds: 30 },
  // 07:30: written before the 08:00 digest (notification-digest.ts) collects them.
  schedule: { cron: "30 7 * * *", tz: JAPAN_TZ },
});
