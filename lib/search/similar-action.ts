"use server";
import { cleanText, z } from "@/lib/fields";
import { createAction } from "@/lib/action";
import { CAN, isMunicipalStaff } from "@/lib/auth/roles";
import { similarForDraft } from "./service";

// Read-only, but called from the wizard as the clerk types, so it goes through the one action
// wrapper for the session, role and input checks like every other client call.
const input = z.object({
  text: z
    .string()
    .max(5000)
    .transform((s) => cleanText(s).replace(/\s+/g, " ")),
});

export const findSimilarForDraftAction = createAction(
  { roles: CAN.editChallenges, active: true },
  input,
  async ({ text }, user) => {
    if ([...text].length < 2 || !user) return { cases: [], challenges: [] };
    // Staff are shown other municipalities' challenges: their own they already know.
    const exclude = isMunicipalStaff(user) ? (user.organizationId ?? undefined) : undefined;
    return similarForDraft(user, text, { excludeMunicipalityId: exclude });
  },
);
