"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { PROFILE_EDITORS } from "./access";
import { linkCasePartner, saveCompanyProfile, sendDirectInquiry } from "./mutations";
import { casePartnerLinkSchema, companyProfileSchema, directInquirySchema } from "./schema";

export const saveCompanyProfileAction = createAction({ roles: PROFILE_EDITORS, active: true }, companyProfileSchema, async (input, user) => {
  const r = await saveCompanyProfile(user, input);
  if (r.ok) {
    revalidatePath(`/companies/${r.id}`);
    revalidatePath("/company/profile");
  }
  return r;
});

export const sendDirectInquiryAction = createAction({ roles: ["MUNICIPAL_STAFF"], active: true }, directInquirySchema, async (input, user) => {
  return sendDirectInquiry(user, input);
});

export const linkCasePartnerAction = createAction({ roles: ["COORDINATOR", "ADMIN"], active: true }, casePartnerLinkSchema, async (input, user) => {
  const r = await linkCasePartner(user, input);
  revalidatePath(`/companies/${input.companyId}`);
  revalidatePath(`/companies/${input.companyId}/edit`);
  return r;
});
