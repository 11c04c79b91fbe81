import { z } from "zod";
import { defineJob } from "../define-job";

const id = z.string().min(1).max(64);

/** Sign-up's mail (lib/accounts/signup-mail.ts), enqueued in the transaction of the sign-up request. */
export const accountSignupMailJob = defineJob({
  name: "account.signup-mail",
  schema: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("confirm"), requestId: id }),
    z.object({ kind: z.literal("existing"), userId: id }),
  ]),
  example: { kind: "confirm", requestId: "cmsignuprequest00000000001" },
  handler: async (d) => (await import("@/lib/accounts/signup-mail")).sendSignupMail(d),
  retry: { limit: 8 },
  // The person waits for this mail with the page open: fetch often.
  worker: { batchSize: 4, concurrency: 2, pollSeconds: 0.5 },
});
