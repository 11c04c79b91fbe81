import { z } from "zod";
import { defineJob } from "../define-job";

/** The applicant's mail about a coordinator's decision (lib/accounts/review-mail.ts), enqueued with the decision. */
export const accountReviewMailJob = defineJob({
  name: "account.review-mail",
  schema: z.object({ userId: z.string().min(1).max(64), decision: z.enum(["APPROVE", "REJECT"]) }),
  example: { userId: "cmuser000000000000000000001", decision: "APPROVE" },
  handler: async (d) => (await import("@/lib/accounts/review-mail")).sendReviewMail(d),
  retry: { limit: 8 },
  worker: { batchSize: 4, concurrency: 1, pollSeconds: 2 },
});
