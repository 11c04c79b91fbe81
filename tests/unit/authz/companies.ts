// Companies: a member edits only their own company (another company's id matches no row → NOT_FOUND);
// coordinators and admins edit any. Inquiries speak for a municipality, so only ACTIVE staff send them.
import {
  linkCasePartnerAction,
  removeCompanyLogoAction,
  saveCompanyProfileAction,
  sendDirectInquiryAction,
  uploadCompanyLogoAction,
} from "@/lib/companies/actions";
import { setCompanyLogo } from "@/lib/companies/logo";
import { createCasePartner, validProfile } from "@/lib/companies/test-helpers";
import { tinyPng } from "@/tests/fixtures/threads";
import { uid } from "@/tests/fixtures/factories";
import { act, row, type Entry } from "./types";

const F = "lib/companies/actions.ts";
//                       anon pend own other coOwn coOther coord admin
const EDIT_COMPANY = row("U    F    F   F     A     N       A     A");
const logoForm = (organizationId: string) => {
  const fd = new FormData();
  fd.set("organizationId", organizationId);
  fd.set("file", new File([tinyPng() as BlobPart], "logo.png", { type: "image/png" }));
  return fd;
};

export const companyEntries: Entry[] = [
  {
    id: `${F}#saveCompanyProfileAction`,
    scenarios: [
      {
        name: "companyOwn's profile",
        expect: EDIT_COMPANY,
        run: async (_, w) => act(saveCompanyProfileAction, validProfile(w.u("companyOwn").organizationId!)),
      },
    ],
  },
  {
    id: `${F}#sendDirectInquiryAction`,
    scenarios: [
      {
        name: "to companyOwn",
        expect: row("U P A A F F F F"),
        run: async (_, w) =>
          act(sendDirectInquiryAction, {
            companyId: w.u("companyOwn").organizationId,
            subject: `件名 ${uid()}`,
            body: "ご相談です",
          }),
      },
      // A municipality id is not a company: NOT_FOUND, so inquiries cannot open threads with towns.
      {
        name: "to a municipality id",
        expect: row("U P N N F F F F"),
        run: async (_, w) =>
          act(sendDirectInquiryAction, {
            companyId: w.otherMunicipalityId,
            subject: `件名 ${uid()}`,
            body: "ご相談です",
          }),
      },
    ],
  },
  {
    id: `${F}#linkCasePartnerAction`,
    scenarios: [
      {
        name: "link a partner row",
        expect: row("U F F F F F A A"),
        run: async (_, w) =>
          act(linkCasePartnerAction, {
            companyId: w.u("companyOwn").organizationId,
            casePartnerId: (await createCasePartner(`株式会社リンク ${uid()}`)).id,
            linked: true,
          }),
      },
    ],
  },
  {
    id: `${F}#uploadCompanyLogoAction`,
    scenarios: [
      {
        name: "companyOwn's logo",
        expect: EDIT_COMPANY,
        run: async (_, w) => act(uploadCompanyLogoAction, logoForm(w.u("companyOwn").organizationId!)),
      },
    ],
  },
  {
    id: `${F}#removeCompanyLogoAction`,
    scenarios: [
      {
        name: "companyOwn's logo",
        expect: EDIT_COMPANY,
        run: async (_, w) => {
          const org = w.u("companyOwn").organizationId!;
          const r = await setCompanyLogo(w.u("companyOwn"), {
            organizationId: org,
            file: new File([tinyPng() as BlobPart], "logo.png"),
          });
          if (!r.ok) throw new Error(r.message);
          return act(removeCompanyLogoAction, { organizationId: org });
        },
      },
    ],
  },
];
