import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * The company's e-mail about a match's stage changes, coalesced: the first change enqueues this job an
 * hour ahead under the match's singletonKey, and on this "short" queue further changes in that hour
 * find it waiting and add nothing; the job then mails every change not yet e-mailed (lib/notifications/stage-mail.ts).
 */
export const matchStageMailJob = defineJob({
  name: "match.stage-mail",
  schema: z.object({ matchId: z.string().min(1).max(64) }),
  example: { matchId: "cmmatch000000000000000001" },
  handler: async (d) => (await import("@/lib/notifications/stage-mail")).sendStageMails(d.matchId),
  retry: { limit: 8 },
  policy: "short",
  worker: { batchSize: 4, concurrency: 2, pollSeconds: 2 },
});
