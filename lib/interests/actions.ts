"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { acceptInterest, declineInterest, setSalesOnly } from "./decisions";
import { approveIntroSummary, introduceCompany } from "./introductions";
import { expressInterest, setScreeningQuestions, withdrawInterest } from "./mutations";
import {
  approveSummarySchema,
  declineSchema,
  expressSchema,
  interestIdInputSchema,
  introduceSchema,
  salesOnlySchema,
  screeningSchema,
} from "./schema";

const editors = { roles: CAN.editChallenges, active: true };
const staff = { roles: CAN.answerCompanies, active: true };
const company = { roles: CAN.expressInterest, active: true };
const coordinators = { roles: CAN.introduceCompanies, active: true };

export const saveScreeningAction = createAction(editors, screeningSchema, async (input, user) => {
  const r = await setScreeningQuestions(user, input);
  revalidatePath(`/challenges/${input.challengeId}`);
  return r;
});

export const expressInterestAction = createAction(company, expressSchema, async (input, user) => {
  const r = await expressInterest(user, input);
  revalidatePath(`/challenges/${input.challengeId}`);
  revalidatePath("/interests");
  return r;
});

export const withdrawInterestAction = createAction(company, interestIdInputSchema, async ({ id }, user) => {
  const r = await withdrawInterest(user, id);
  revalidatePath("/interests");
  return r;
});

export const acceptInterestAction = createAction(staff, interestIdInputSchema, async ({ id }, user) =>
  acceptInterest(user, id),
);

export const declineInterestAction = createAction(staff, declineSchema, async (input, user) =>
  declineInterest(user, input),
);

export const setSalesOnlyAction = createAction(staff, salesOnlySchema, async (input, user) =>
  setSalesOnly(user, input),
);

export const introduceCompanyAction = createAction(coordinators, introduceSchema, async (input, user) =>
  introduceCompany(user, input),
);

export const approveIntroSummaryAction = createAction(staff, approveSummarySchema, async (input, user) =>
  approveIntroSummary(user, input),
);
