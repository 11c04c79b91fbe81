// The pipeline is the coordinators' tool: staff and companies read their own matches on pages but
// never move or edit them. Platform settings (停滞の日数) are admin-only.
import { db } from "@/lib/db";
import { saveCalendarAction, resetCalendarAction } from "@/lib/budget-calendar/actions";
import { inputFromCalendar } from "@/lib/budget-calendar/schema";
import { defaultCalendar } from "@/lib/budget-calendar/defaults";
import { moveMatchAction, updateMatchAction } from "@/lib/matches/actions";
import { saveStaleSettingsAction } from "@/lib/matches/stale-actions";
import { getStaleDays } from "@/lib/matches/stale";
import { findSimilarForDraftAction } from "@/lib/search/similar-action";
import { matchOf } from "./world";
import { act, row, type Entry } from "./types";

const COORDINATORS = row("U F F F F F A A");

export const matchEntries: Entry[] = [
  {
    id: "lib/matches/actions.ts#moveMatchAction",
    scenarios: [
      {
        name: "a 加賀市 match",
        expect: COORDINATORS,
        run: async (_, w) => act(moveMatchAction, { id: (await matchOf(w)).id, to: "MATCHING", expectedVersion: 0 }),
      },
    ],
  },
  {
    id: "lib/matches/actions.ts#updateMatchAction",
    scenarios: [
      {
        name: "a 加賀市 match",
        expect: COORDINATORS,
        run: async (_, w) =>
          act(updateMatchAction, { id: (await matchOf(w)).id, expectedVersion: 0, nextAction: "電話する" }),
      },
    ],
  },
  {
    id: "lib/matches/stale-actions.ts#saveStaleSettingsAction",
    // Re-saves the current values, so parallel test files reading the setting see no change.
    scenarios: [
      {
        name: "current values",
        expect: row("U F F F F F F A"),
        run: async () => act(saveStaleSettingsAction, { ...(await getStaleDays()) }),
      },
    ],
  },
  {
    id: "lib/budget-calendar/actions.ts#saveCalendarAction",
    scenarios: [
      {
        name: "石岡市's calendar (defaults)",
        expect: COORDINATORS,
        run: async (_, w) => {
          const m = await db.organization.findUniqueOrThrow({
            where: { id: w.otherMunicipalityId },
            select: { municipalityType: true },
          });
          return act(saveCalendarAction, inputFromCalendar(w.otherMunicipalityId, defaultCalendar(m.municipalityType)));
        },
      },
    ],
  },
  {
    id: "lib/budget-calendar/actions.ts#resetCalendarAction",
    scenarios: [
      {
        name: "石岡市's calendar",
        expect: COORDINATORS,
        run: async (_, w) => act(resetCalendarAction, { municipalityId: w.otherMunicipalityId }),
      },
    ],
  },
  {
    id: "lib/search/similar-action.ts#findSimilarForDraftAction",
    scenarios: [
      {
        name: "draft text",
        expect: row("U P A A F F A A"),
        run: async () => act(findSimilarForDraftAction, { text: "空き家の活用" }),
      },
    ],
  },
];
