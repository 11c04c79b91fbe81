"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { submitAnswer, editAnswer } from "./answers";
import { askBack, mergeAnswer, turnIntoChallenge } from "./desk-answers";
import { closeCall, createCall, remindDepartment } from "./mutations";
import {
  answerSchema,
  askBackSchema,
  callRefSchema,
  createCallSchema,
  editAnswerSchema,
  mergeSchema,
  remindSchema,
  turnSchema,
} from "./schema";

// The desk and the departments are both active municipal staff; which of the two a caller is, and which
// municipality and department, is decided in the mutations from the session (lib/desk/access.ts).
const staff = { roles: CAN.postChallenges, active: true };

const revalidateCall = (id: string) => {
  revalidatePath("/desk/calls");
  revalidatePath(`/desk/calls/${id}`);
  revalidatePath(`/calls/${id}`);
};

export const createCallAction = createAction(staff, createCallSchema, async (input, user) => {
  const r = await createCall(user, input);
  revalidatePath("/desk/calls");
  return r;
});

export const closeCallAction = createAction(staff, callRefSchema, async ({ callId }, user) => {
  const r = await closeCall(user, callId);
  revalidateCall(callId);
  return r;
});

export const remindDepartmentAction = createAction(staff, remindSchema, async (input, user) => {
  const r = await remindDepartment(user, input);
  revalidateCall(input.callId);
  return r;
});

export const submitAnswerAction = createAction(staff, answerSchema, async (input, user) => {
  const r = await submitAnswer(user, input);
  revalidateCall(input.callId);
  return r;
});

export const editAnswerAction = createAction(staff, editAnswerSchema, (input, user) => editAnswer(user, input));

export const mergeAnswerAction = createAction(staff, mergeSchema, (input, user) => mergeAnswer(user, input));

export const askBackAction = createAction(staff, askBackSchema, (input, user) => askBack(user, input));

export const turnIntoChallengeAction = createAction(staff, turnSchema, (input, user) => turnIntoChallenge(user, input));
