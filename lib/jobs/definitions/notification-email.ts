import { z } from "zod";
import { defineJob } from "../define-job";

/** Send the immediate e-mails for these notifications (IMMEDIATE users only; others wait for the digest). */
export const notificationEmailJob = defineJob({
  name: "notification.email",
  // The outbox enqueues EMAIL_BATCH ids per job (lib/notifications/outbox.ts); registry.test.ts checks it fits.
  schema: z.object({ notificationIds: z.array(z.string().min(1).max(64)).min(1).max(500) }),
  example: { notificationIds: ["cmnotification0000000000001", "cmnotification0000000000002"] },
  handler: async (d) => (await import("@/lib/notifications/delivery")).deliverImmediate(d.notificationIds),
  retry: { limit: 8 },
  // E-mail jobs mostly wait on SMTP, so several run at once (the pooled transport caps the
  // connections), and a full batch fetches again at once: a 2,000-company fan-out drains fast.
  worker: { batchSize: 4, concurrency: 4, pollSeconds: 0.5 },
});
