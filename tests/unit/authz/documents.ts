// The budget path and the generated documents (issue 18): the agreement draft and the review sheet for both sides
// of a pilot and coordinators; the budget memo and the budget-path form for the municipality side and coordinators
// only. Downloads answer 404 to everyone else, so a URL never confirms that a pilot or a match exists.
import { GET as agreement } from "@/app/api/pilots/[id]/agreement/route";
import { GET as reviewSheet } from "@/app/api/pilots/[id]/review-sheet/route";
import { GET as budgetMemo } from "@/app/api/matches/[id]/budget-memo/route";
import { db } from "@/lib/db";
import { saveBudgetPathAction } from "@/lib/budget-path/actions";
import { endedPilot, loopMatch } from "@/lib/documents/test-support";
import { act, byStatus, row, type Entry, type World } from "./types";

const at = (path: string, id: string) =>
  [new Request(`http://localhost${path}`), { params: Promise.resolve({ id }) }] as const;

/** A 加賀市 × companyOwn match at 商談 with no department (any active 加賀市 staff acts on it). */
const matchOf = (w: World) =>
  loopMatch({ municipalityId: w.kagaId, companyId: w.u("companyOwn").organizationId!, authorId: w.u("staffOwn").id });

const pilotOf = async (w: World) => endedPilot((await matchOf(w)).id);

const save = (id: string) =>
  act(saveBudgetPathAction, {
    id,
    expectedVersion: 0,
    fundingSource: "GENERAL_FUND",
    procurementRoute: "TENDER",
    expectedBudget: "3000000",
    targetFiscalYear: "2028",
  });

//                      anon pend own other coOwn coOther coord admin
const PILOT_SIDES = row("N    N    A   N     A     N       A     A");
const CITY_SIDE = row("N    N    A   N     N     N       A     A");

export const documentEntries: Entry[] = [
  {
    id: "app/api/pilots/[id]/agreement/route.ts#GET",
    scenarios: [
      {
        name: "the agreement draft of a 加賀市 × companyOwn pilot",
        expect: PILOT_SIDES,
        run: async (_, w) => {
          const p = await pilotOf(w);
          return byStatus(await agreement(...at(`/api/pilots/${p.id}/agreement`, p.id)));
        },
      },
    ],
  },
  {
    id: "app/api/pilots/[id]/review-sheet/route.ts#GET",
    scenarios: [
      {
        name: "the review sheet of a 加賀市 × companyOwn pilot",
        expect: PILOT_SIDES,
        run: async (_, w) => {
          const p = await pilotOf(w);
          return byStatus(await reviewSheet(...at(`/api/pilots/${p.id}/review-sheet`, p.id)));
        },
      },
    ],
  },
  {
    id: "app/api/matches/[id]/budget-memo/route.ts#GET",
    scenarios: [
      {
        name: "the budget memo of a 加賀市 × companyOwn match (never the company)",
        expect: CITY_SIDE,
        run: async (_, w) => {
          const m = await matchOf(w);
          return byStatus(await budgetMemo(...at(`/api/matches/${m.id}/budget-memo`, m.id)));
        },
      },
    ],
  },
  {
    id: "lib/budget-path/actions.ts#saveBudgetPathAction",
    scenarios: [
      {
        name: "a 加賀市 match with no department",
        expect: row("U P A N F F A A"),
        run: async (_, w) => save((await matchOf(w)).id),
      },
      {
        name: "a 加賀市 match of another department (staffOwn reads it, does not act on it)",
        expect: row("U P N N F F A A"),
        run: async (_, w) => {
          const m = await matchOf(w);
          const dept = await db.department.create({ data: { organizationId: w.kagaId, name: `別の課 ${m.id}` } });
          await db.match.update({ where: { id: m.id }, data: { departmentId: dept.id } });
          return save(m.id);
        },
      },
      {
        name: "a declined 加賀市 match (read-only)",
        expect: row("U P N N F F N N"),
        run: async (_, w) => {
          const m = await matchOf(w);
          await db.match.update({ where: { id: m.id }, data: { stage: "DECLINED", declineReason: "OTHER" } });
          return save(m.id);
        },
      },
    ],
  },
];
