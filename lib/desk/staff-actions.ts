"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { reviewStaff } from "@/lib/accounts/mutations";
import { reviewSchema } from "@/lib/accounts/schema";
import { setDeskFlagByDesk } from "./staff-flag";
import { deskFlagSchema } from "./staff-schema";

// The desk flag and the desk's decisions are checked in the mutations (assertDesk, lib/accounts/reviewers.ts).
const staff = { roles: CAN.postChallenges, active: true } as const;

export const setColleagueDeskAction = createAction(staff, deskFlagSchema, async (input, user) => {
  const r = await setDeskFlagByDesk(user, input);
  revalidatePath("/desk/staff");
  return r;
});

/** The same decision as /admin/approvals (reviewStaff), for the accounts made from this desk's invitations. */
export const reviewInvitedStaffAction = createAction(staff, reviewSchema, async (input, user) => {
  const r = await reviewStaff(user, input);
  revalidatePath("/desk/staff");
  revalidatePath("/desk");
  return r;
});
