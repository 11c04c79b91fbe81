"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { askPeer, closePeer, replyPeer } from "./mutations";
import { askSchema, closeSchema, replySchema } from "./schema";

const staff = { roles: CAN.peerQuestions, active: true };

export const askPeerAction = createAction(staff, askSchema, async (input, user) => {
  const r = await askPeer(user, input);
  if (r.ok) revalidatePath("/peer");
  return r;
});

export const replyPeerAction = createAction(staff, replySchema, async (input, user) => {
  const r = await replyPeer(user, input);
  if (r.ok) revalidatePath(`/peer/${input.questionId}`);
  return r;
});

export const closePeerAction = createAction(staff, closeSchema, async (input, user) => {
  const r = await closePeer(user, input.questionId);
  revalidatePath(`/peer/${input.questionId}`);
  return r;
});
