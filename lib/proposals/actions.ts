"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { createProposal } from "./create";
import { answerProposal, routeProposal, setProposalSalesOnly, stepProposal, withdrawProposal } from "./mutations";
import {
  answerSchema,
  deskStepSchema,
  proposalFormSchema,
  proposalSalesOnlySchema,
  routeSchema,
  withdrawSchema,
} from "./schema";

const company = { roles: CAN.expressInterest, active: true };
// The desk and the departments are municipal staff; which of them may act is decided in the mutation's query.
const staff = { roles: CAN.postChallenges, active: true };

const refresh = (id: string) => {
  revalidatePath(`/proposals/${id}`);
  revalidatePath("/desk/proposals");
  revalidatePath("/proposals");
};

export const createProposalAction = createAction(company, proposalFormSchema, async (input, user) => {
  const r = await createProposal(user, input);
  if (r.ok) revalidatePath("/proposals");
  return r;
});

export const routeProposalAction = createAction(staff, routeSchema, async (input, user) => {
  const r = await routeProposal(user, input);
  refresh(input.id);
  return r;
});

export const stepProposalAction = createAction(staff, deskStepSchema, async (input, user) => {
  const r = await stepProposal(user, input);
  refresh(input.id);
  if (r.ok && input.to === "ADOPTED") revalidatePath("/pipeline");
  return r;
});

export const answerProposalAction = createAction(staff, answerSchema, async (input, user) => {
  const r = await answerProposal(user, input);
  refresh(input.id);
  return r;
});

export const setProposalSalesOnlyAction = createAction(staff, proposalSalesOnlySchema, async (input, user) => {
  const r = await setProposalSalesOnly(user, input);
  refresh(input.id);
  return r;
});

export const withdrawProposalAction = createAction(company, withdrawSchema, async (input, user) => {
  const r = await withdrawProposal(user, input);
  refresh(input.id);
  return r;
});
