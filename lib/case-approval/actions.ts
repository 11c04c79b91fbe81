"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { updateCase } from "@/lib/cases/mutations";
import { caseUpdateSchema } from "@/lib/cases/schema";
import { answerApproval, publishCase, requestApproval, unpublishCase, withdrawApproval } from "./approval";
import { createCaseFromMatch } from "./create";
import { approvalAnswerSchema, caseRefSchema, caseVersionSchema, matchCaseCreateSchema } from "./schema";

const writers = { roles: CAN.writeMatchCases, active: true };
const company = { roles: CAN.expressInterest, active: true };

function revalidate(id: string) {
  revalidatePath(`/cases/${id}`);
  revalidatePath(`/cases/${id}/approval`);
  revalidatePath("/cases");
  revalidatePath("/");
}

/** 「事例にする」 on /pipeline/[id]. */
export const createCaseFromMatchAction = createAction(writers, matchCaseCreateSchema, async (input, user) => {
  const r = await createCaseFromMatch(user, input.matchId);
  revalidatePath(`/pipeline/${input.matchId}`);
  return r;
});

/** The case form (/cases/[id]/edit) for the municipality side's born-here cases. */
export const updateMatchCaseAction = createAction(writers, caseUpdateSchema, async (input, user) => {
  const r = await updateCase(user, input);
  revalidate(r.id);
  return r;
});

export const requestCaseApprovalAction = createAction(writers, caseVersionSchema, async (input, user) => {
  const r = await requestApproval(user, input);
  revalidate(input.id);
  return r;
});

export const answerCaseApprovalAction = createAction(company, approvalAnswerSchema, async (input, user) => {
  const r = await answerApproval(user, input);
  revalidate(input.id);
  return r;
});

export const withdrawCaseApprovalAction = createAction(company, caseRefSchema, async (input, user) => {
  const r = await withdrawApproval(user, input);
  revalidate(input.id);
  return r;
});

export const publishMatchCaseAction = createAction(writers, caseRefSchema, async (input, user) => {
  const r = await publishCase(user, input);
  revalidate(input.id);
  return r;
});

export const unpublishMatchCaseAction = createAction(writers, caseRefSchema, async (input, user) => {
  const r = await unpublishCase(user, input);
  revalidate(input.id);
  return r;
});
