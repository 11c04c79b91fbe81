import { z } from "zod";
import { defineJob } from "../define-job";

/** The desk's invitation to a colleague (lib/desk/invitations-mail.ts), enqueued with the invitation. */
export const deskInvitationMailJob = defineJob({
  name: "desk.invitation-mail",
  schema: z.object({ invitationId: z.string().min(1).max(64) }),
  example: { invitationId: "cminvitation0000000000001" },
  handler: async (d) => (await import("@/lib/desk/invitations-mail")).sendInvitationMail(d),
  retry: { limit: 8 },
  worker: { batchSize: 4, concurrency: 1, pollSeconds: 2 },
});
