"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { removeCompanyLogo, setCompanyLogo } from "./logo";
import { linkCasePartner, saveCompanyProfile, sendDirectInquiry } from "./mutations";
import {
  casePartnerLinkSchema,
  companyLogoRemoveSchema,
  companyLogoUploadSchema,
  companyProfileSchema,
  directInquirySchema,
} from "./schema";

export const saveCompanyProfileAction = createAction(
  { roles: CAN.editCompanyProfiles, active: true },
  companyProfileSchema,
  async (input, user) => {
    const r = await saveCompanyProfile(user, input);
    if (r.ok) {
      revalidatePath(`/companies/${r.id}`);
      revalidatePath("/company/profile");
    }
    return r;
  },
);

export const sendDirectInquiryAction = createAction(
  { roles: CAN.answerCompanies, active: true },
  directInquirySchema,
  async (input, user) => {
    return sendDirectInquiry(user, input);
  },
);

export const linkCasePartnerAction = createAction(
  { roles: CAN.curateDirectory, active: true },
  casePartnerLinkSchema,
  async (input, user) => {
    const r = await linkCasePartner(user, input);
    revalidatePath(`/companies/${input.companyId}`);
    revalidatePath(`/companies/${input.companyId}/edit`);
    return r;
  },
);

const revalidateCompany = (id: string) => {
  revalidatePath(`/companies/${id}`);
  revalidatePath(`/companies/${id}/edit`);
  revalidatePath("/company/profile");
};

/** Takes FormData (organizationId + file) from the logo form; same editors as the profile. */
export const uploadCompanyLogoAction = createAction(
  { roles: CAN.editCompanyProfiles, active: true },
  companyLogoUploadSchema,
  async (input, user) => {
    const r = await setCompanyLogo(user, input);
    if (r.ok) revalidateCompany(input.organizationId);
    return r;
  },
);

export const removeCompanyLogoAction = createAction(
  { roles: CAN.editCompanyProfiles, active: true },
  companyLogoRemoveSchema,
  async (input, user) => {
    const r = await removeCompanyLogo(user, input.organizationId);
    if (r.ok) revalidateCompany(input.organizationId);
    return r;
  },
);
