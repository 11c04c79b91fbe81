"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { reviewStaff, signUpCompany, signUpStaff } from "./mutations";
import { companySignupSchema, reviewSchema, staffSignupSchema } from "./schema";

// Sign-up is public; the mutations parse again because they are also called directly (tests, seed).
export const signUpCompanyAction = createAction({ public: true }, companySignupSchema, (input) => signUpCompany(input));

export const signUpStaffAction = createAction({ public: true }, staffSignupSchema, (input) => signUpStaff(input));

export const reviewStaffAction = createAction(
  { roles: CAN.reviewSignUps, active: true },
  reviewSchema,
  async (input, user) => {
    const r = await reviewStaff(user, input);
    revalidatePath("/admin/approvals");
    revalidatePath("/dashboard");
    return r;
  },
);
