// Interests: companies act on their own interests; municipal decisions belong to ACTIVE staff of
// the challenge's municipality only (coordinators introduce, they do not decide for the town).
import { db } from "@/lib/db";
import {
  acceptInterestAction,
  approveIntroSummaryAction,
  declineInterestAction,
  expressInterestAction,
  introduceCompanyAction,
  saveScreeningAction,
  setSalesOnlyAction,
  withdrawInterestAction,
} from "@/lib/interests/actions";
import { introduceCompany } from "@/lib/interests/introductions";
import { challengeOf, interestOf } from "./world";
import { act, row, type Entry } from "./types";

const F = "lib/interests/actions.ts";
//                 anon pend own other coOwn coOther coord admin
const DECIDE = row("U    P    A   N     F     F       F     F");

export const interestEntries: Entry[] = [
  {
    id: `${F}#saveScreeningAction`,
    scenarios: [
      {
        name: "own challenge",
        expect: row("U P A N F F A A"),
        run: async (_, w) =>
          act(saveScreeningAction, { challengeId: (await challengeOf(w)).id, questions: ["実績は？"] }),
      },
      {
        name: "private consultation",
        expect: row("U P A N F F A A"),
        run: async (_, w) =>
          act(saveScreeningAction, {
            challengeId: (await challengeOf(w, { kind: "PRIVATE_CONSULTATION" })).id,
            questions: ["実績は？"],
          }),
      },
    ],
  },
  {
    id: `${F}#expressInterestAction`,
    scenarios: [
      {
        name: "public challenge",
        expect: row("U F F F A A F F"),
        run: async (_, w) => act(expressInterestAction, { challengeId: (await challengeOf(w)).id, answers: [] }),
      },
      // A private consultation is invisible to companies: same answer as a made-up id.
      {
        name: "private consultation",
        expect: row("U F F F N N F F"),
        run: async (_, w) =>
          act(expressInterestAction, {
            challengeId: (await challengeOf(w, { kind: "PRIVATE_CONSULTATION" })).id,
            answers: [],
          }),
      },
      {
        name: "draft",
        expect: row("U F F F N N F F"),
        run: async (_, w) =>
          act(expressInterestAction, { challengeId: (await challengeOf(w, { status: "DRAFT" })).id, answers: [] }),
      },
    ],
  },
  {
    id: `${F}#withdrawInterestAction`,
    scenarios: [
      {
        name: "companyOwn's interest",
        expect: row("U F F F A N F F"),
        run: async (_, w) => act(withdrawInterestAction, { id: (await interestOf(w)).id }),
      },
    ],
  },
  {
    id: `${F}#acceptInterestAction`,
    scenarios: [
      {
        name: "interest in a 加賀市 challenge",
        expect: DECIDE,
        run: async (_, w) => act(acceptInterestAction, { id: (await interestOf(w)).id }),
      },
    ],
  },
  {
    id: `${F}#declineInterestAction`,
    scenarios: [
      {
        name: "interest in a 加賀市 challenge",
        expect: DECIDE,
        run: async (_, w) => act(declineInterestAction, { id: (await interestOf(w)).id, reason: "今回は見送り" }),
      },
    ],
  },
  {
    id: `${F}#setSalesOnlyAction`,
    scenarios: [
      {
        name: "interest in a 加賀市 challenge",
        expect: DECIDE,
        run: async (_, w) => act(setSalesOnlyAction, { id: (await interestOf(w)).id, salesOnly: true }),
      },
    ],
  },
  {
    id: `${F}#introduceCompanyAction`,
    scenarios: [
      {
        name: "private consultation",
        expect: row("U F F F F F A A"),
        run: async (_, w) =>
          act(introduceCompanyAction, {
            challengeId: (await challengeOf(w, { kind: "PRIVATE_CONSULTATION" })).id,
            companyId: w.u("companyOwn").organizationId,
            summary: "ご紹介します",
          }),
      },
    ],
  },
  {
    id: `${F}#approveIntroSummaryAction`,
    scenarios: [
      {
        name: "introduction to a 加賀市 challenge",
        expect: DECIDE,
        run: async (_, w) => {
          const c = await challengeOf(w, { kind: "PRIVATE_CONSULTATION" });
          const r = await introduceCompany(w.u("coordinator"), {
            challengeId: c.id,
            companyId: w.u("companyOwn").organizationId!,
            summary: "ご紹介します",
          });
          if (!r.ok) throw new Error(r.reason);
          await db.interest.findUniqueOrThrow({ where: { id: r.id } });
          return act(approveIntroSummaryAction, { id: r.id, summary: "ご紹介します（確認済み）" });
        },
      },
    ],
  },
];
