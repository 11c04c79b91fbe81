"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { deleteMeeting, logMeeting } from "./meetings";
import { deleteMeetingSchema, logMeetingSchema } from "./meetings-schema";

// Either side of a match logs its meetings: the access rule is in the mutation's where clause (actingMatchWhere in sides.ts).
const signedIn = { roles: CAN.useOwnAccount, active: true };

export const logMeetingAction = createAction(signedIn, logMeetingSchema, async (input, user) => {
  const r = await logMeeting(user, input);
  revalidatePath(`/pipeline/${input.matchId}`);
  return r;
});

export const deleteMeetingAction = createAction(signedIn, deleteMeetingSchema, async (input, user) => {
  const r = await deleteMeeting(user, input);
  revalidatePath(`/pipeline/${r.matchId}`);
  return r;
});
