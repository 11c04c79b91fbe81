// Sign-up is public (anyone, signed in or not, may create a new account: the mutation decides
// ACTIVE/PENDING by role). Approving municipal staff is for ACTIVE coordinators and admins.
import { signUpCompanyAction, signUpStaffAction, reviewStaffAction } from "@/lib/accounts/actions";
import { createUser, uid } from "@/tests/fixtures/factories";
import { act, row, type Entry } from "./types";

const F = "lib/accounts/actions.ts";
const PASSWORD = "correct horse battery staple";

export const accountEntries: Entry[] = [
  {
    id: `${F}#signUpCompanyAction`,
    scenarios: [
      {
        name: "new company",
        expect: row("A A A A A A A A"),
        run: async () =>
          act(signUpCompanyAction, {
            companyName: `株式会社権限 ${uid()}`,
            name: "山田",
            email: `authz-co-${uid()}@example.test`,
            password: PASSWORD,
          }),
      },
    ],
  },
  {
    id: `${F}#signUpStaffAction`,
    scenarios: [
      {
        name: "new staff of 加賀市",
        expect: row("A A A A A A A A"),
        run: async (_, w) =>
          act(signUpStaffAction, {
            name: "加賀 太郎",
            email: `authz-st-${uid()}@example.test`,
            password: PASSWORD,
            municipalityId: w.kagaId,
          }),
      },
    ],
  },
  {
    id: `${F}#reviewStaffAction`,
    scenarios: [
      {
        name: "a pending 加賀市 applicant",
        expect: row("U F F F F F A A"),
        run: async () =>
          act(reviewStaffAction, {
            userId: (await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING" })).id,
            decision: "APPROVE",
          }),
      },
    ],
  },
];
