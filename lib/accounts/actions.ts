"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { clientIp } from "@/lib/auth/client-ip";
import { CAN } from "@/lib/auth/roles";
import { defaultLocale } from "@/lib/i18n/config";
import { chosenLocale } from "@/lib/i18n/chosen-locale";
import { reviewStaff } from "./mutations";
import { companySignupSchema, confirmSignupSchema, reviewSchema, staffSignupSchema } from "./schema";
import { confirmSignUp, requestSignUp } from "./signup-request";

/** The caller's address for the per-address limit; outside a request (tests) there are no headers. */
async function requestIp(): Promise<string> {
  try {
    return clientIp(await headers());
  } catch {
    return clientIp(undefined);
  }
}

// Sign-up is public; requestSignUp parses again because it is also called directly (tests).

// The form was shown in the chosen language, or in the default: the confirmation mail follows it.
export const signUpCompanyAction = createAction({ public: true }, companySignupSchema, async (input) =>
  requestSignUp("COMPANY", input, await requestIp(), (await chosenLocale()) ?? defaultLocale),
);

export const signUpStaffAction = createAction({ public: true }, staffSignupSchema, async (input) =>
  requestSignUp("STAFF", input, await requestIp(), (await chosenLocale()) ?? defaultLocale),
);

/**
 * Public: the token from the e-mailed link is the only credential. The account keeps the language the
 * confirming browser chose, else the one the form was filled in, so the approval or rejection mail
 * reaches an English reader in English.
 */
export const confirmSignUpAction = createAction({ public: true }, confirmSignupSchema, async (input) =>
  confirmSignUp(input, await chosenLocale()),
);

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
