"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { invitePartner, replicateCase } from "./mutations";
import { inviteInputSchema, replicateInputSchema } from "./schema";

// No revalidation: the new draft shows on no cached page, and the button sends the clerk to the wizard.
export const replicateCaseAction = createAction(
  { roles: CAN.postChallenges, active: true },
  replicateInputSchema,
  (input, user) => replicateCase(user, input.caseId),
);

export const inviteCasePartnerAction = createAction(
  { roles: CAN.answerCompanies, active: true },
  inviteInputSchema,
  async (input, user) => {
    const r = await invitePartner(user, input);
    revalidatePath(`/challenges/${input.challengeId}`);
    return r;
  },
);
