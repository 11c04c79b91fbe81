// Sign-up is public (anyone, signed in or not, may ask for a new account: the answer is the same whether or
// not the address is registered, and the account is made only from the e-mailed link). Confirming is public
// too: the link's token is the credential. Approving municipal staff is for ACTIVE coordinators and admins.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { confirmSignUpAction, signUpCompanyAction, signUpStaffAction, reviewStaffAction } from "@/lib/accounts/actions";
import { signupIpKey, tokenHashOf } from "@/lib/accounts/signup-limits";
import { createUser, uid } from "@/tests/fixtures/factories";
import { act, row, type Entry } from "./types";

const F = "lib/accounts/actions.ts";
const PASSWORD = "correct horse battery staple";

// The matrix calls actions outside a request, so all come from the address "unknown": start each sign-up
// with an empty per-address bucket, so the limit (tested in lib/accounts/signup-request.test.ts) never decides.
const signUp: typeof act = async (action, input) => {
  await reset(signupIpKey("unknown"));
  return act(action, input);
};

/** A sign-up waiting for its link, and the link's token. */
async function pendingRequest(): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const email = `authz-link-${uid()}@example.test`;
  await db.signupRequest.create({
    data: {
      email,
      kind: "COMPANY",
      data: { companyName: `株式会社リンク ${uid()}`, name: "山田", email },
      passwordHash: "not-a-real-hash",
      tokenHash: tokenHashOf(token),
      expiresAt: new Date(Date.now() + 60_000),
    },
  });
  return token;
}

export const accountEntries: Entry[] = [
  {
    id: `${F}#signUpCompanyAction`,
    scenarios: [
      {
        name: "new company",
        expect: row("A A A A A A A A"),
        run: async () =>
          signUp(signUpCompanyAction, {
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
          signUp(signUpStaffAction, {
            name: "加賀 太郎",
            email: `authz-st-${uid()}@example.test`,
            password: PASSWORD,
            municipalityId: w.kagaId,
          }),
      },
    ],
  },
  {
    id: `${F}#confirmSignUpAction`,
    scenarios: [
      {
        name: "a valid link",
        expect: row("A A A A A A A A"),
        run: async () => act(confirmSignUpAction, { token: await pendingRequest() }),
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
