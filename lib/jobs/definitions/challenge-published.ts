import { z } from "zod";
import { defineJob } from "../define-job";

/** A challenge became PUBLISHED: find the matching company members and notify them (lib/notifications/fanout.ts). */
export const challengePublishedJob = defineJob({
  name: "challenge.published",
  schema: z.object({ challengeId: z.string().min(1).max(64) }),
  example: { challengeId: "cmchallenge000000000000001" },
  handler: async (d) => (await import("@/lib/notifications/fanout")).fanOutChallenge(d.challengeId),
  retry: { limit: 8 },
  worker: { batchSize: 1, concurrency: 2, pollSeconds: 0.5 },
});
