"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { chosenLocale } from "@/lib/i18n/chosen-locale";
import { inviteStaff, revokeInvitation } from "./invitations";
import { joinByInvitation } from "./invitations-join";
import { inviteSchema, joinSchema, revokeInvitationSchema } from "./invitations-schema";

// The desk's actions check the desk flag in the mutation (assertDesk), against the session read for this request.
const staff = { roles: CAN.postChallenges, active: true } as const;

export const inviteStaffAction = createAction(staff, inviteSchema, async (input, user) => {
  const r = await inviteStaff(user, input);
  revalidatePath("/desk/staff");
  return r;
});

export const revokeInvitationAction = createAction(staff, revokeInvitationSchema, async (input, user) => {
  const r = await revokeInvitation(user, input);
  revalidatePath("/desk/staff");
  return r;
});

/** Public: the token from the e-mailed link is the only credential (joinByInvitation parses it again). */
export const joinByInvitationAction = createAction({ public: true }, joinSchema, async (input) =>
  joinByInvitation(input, await chosenLocale()),
);
