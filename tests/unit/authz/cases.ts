// The public case database is curated by coordinators and admins only.
import { db } from "@/lib/db";
import { createCaseAction, updateCaseAction } from "@/lib/cases/actions";
import { caseInput } from "@/lib/cases/test-helpers";
import { act, row, type Entry } from "./types";

const F = "lib/cases/actions.ts";
const CURATORS = row("U F F F F F A A");

export const caseEntries: Entry[] = [
  {
    id: `${F}#createCaseAction`,
    scenarios: [{ name: "new case", expect: CURATORS, run: async () => act(createCaseAction, await caseInput()) }],
  },
  {
    id: `${F}#updateCaseAction`,
    scenarios: [
      {
        name: "existing case",
        expect: CURATORS,
        run: async () => {
          const input = await caseInput();
          const c = await db.case.create({
            data: {
              title: input.title,
              summary: "s",
              body: "b",
              municipalityId: input.municipalityId,
              scheme: "OTHER",
              outcome: "ONGOING",
              fiscalYear: 2022,
            },
          });
          return act(updateCaseAction, { ...input, id: c.id });
        },
      },
    ],
  },
];
