// Cases born from a match (lib/case-approval): the match's municipality side (any 加賀市 staff here, the match has
// no department) and coordinators make, edit, send and publish; only the match's company answers. The page cells
// (/cases/[id]/approval, /cases/[id]/edit) are in tests/unit/state/case-approval.test.ts.
import { db } from "@/lib/db";
import type { CaseApproval } from "@/lib/generated/prisma/enums";
import {
  answerCaseApprovalAction,
  createCaseFromMatchAction,
  publishMatchCaseAction,
  requestCaseApprovalAction,
  unpublishMatchCaseAction,
  updateMatchCaseAction,
  withdrawCaseApprovalAction,
} from "@/lib/case-approval/actions";
import { caseInput } from "@/lib/cases/test-helpers";
import { act, row, type Entry, type World } from "./types";

const F = "lib/case-approval/actions.ts";
const WRITERS = row("U P A N F F A A");
const COMPANY = row("U F F F A N F F");

/** A 加賀市 match with companyOwn at 事業化・予算化. */
const budgetedMatch = (w: World) =>
  db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "BUDGETED",
      municipalityId: w.kagaId,
      companyId: w.u("companyOwn").organizationId!,
      changes: { create: { fromStage: null, toStage: "BUDGETED" } },
    },
  });

/** A case written from such a match, in the given state of the company's approval. */
async function bornCase(w: World, state: CaseApproval, published = false) {
  const m = await budgetedMatch(w);
  return db.case.create({
    data: {
      title: "権限テストの事例",
      summary: "s",
      body: "b",
      municipalityId: w.kagaId,
      scheme: "DEMONSTRATION",
      outcome: "ADOPTED",
      fiscalYear: 2025,
      matchId: m.id,
      published,
      companyApproval: state,
      approvedVersion: state === "APPROVED" ? 0 : null,
      approvalRequestedAt: state === "DRAFT" ? null : new Date(),
    },
  });
}

const one = (name: string, expect: ReturnType<typeof row>, run: (w: World) => Promise<string>) => [
  { name, expect, run: (_r: unknown, w: World) => run(w) },
];

export const caseApprovalEntries: Entry[] = [
  {
    id: `${F}#createCaseFromMatchAction`,
    scenarios: one("a budgeted 加賀市 match", WRITERS, async (w) =>
      act(createCaseFromMatchAction, { matchId: (await budgetedMatch(w)).id }),
    ),
  },
  {
    id: `${F}#updateMatchCaseAction`,
    scenarios: one("a draft case of a 加賀市 match", WRITERS, async (w) => {
      const c = await bornCase(w, "DRAFT");
      return act(updateMatchCaseAction, { ...(await caseInput()), municipalityId: w.kagaId, id: c.id });
    }),
  },
  {
    id: `${F}#requestCaseApprovalAction`,
    scenarios: one("a draft case", WRITERS, async (w) =>
      act(requestCaseApprovalAction, { id: (await bornCase(w, "DRAFT")).id, version: 0 }),
    ),
  },
  {
    id: `${F}#answerCaseApprovalAction`,
    scenarios: [
      ...one("approve a requested case", COMPANY, async (w) =>
        act(answerCaseApprovalAction, { id: (await bornCase(w, "REQUESTED")).id, version: 0, decision: "approve" }),
      ),
      ...one("ask for changes", COMPANY, async (w) =>
        act(answerCaseApprovalAction, {
          id: (await bornCase(w, "REQUESTED")).id,
          version: 0,
          decision: "changes",
          comment: "社名の表記を直してください",
        }),
      ),
    ],
  },
  {
    id: `${F}#withdrawCaseApprovalAction`,
    scenarios: one("an approved, unpublished case", COMPANY, async (w) =>
      act(withdrawCaseApprovalAction, { id: (await bornCase(w, "APPROVED")).id }),
    ),
  },
  {
    id: `${F}#publishMatchCaseAction`,
    scenarios: one("an approved case", WRITERS, async (w) =>
      act(publishMatchCaseAction, { id: (await bornCase(w, "APPROVED")).id }),
    ),
  },
  {
    id: `${F}#unpublishMatchCaseAction`,
    scenarios: one("a published case", WRITERS, async (w) =>
      act(unpublishMatchCaseAction, { id: (await bornCase(w, "APPROVED", true)).id }),
    ),
  },
];
