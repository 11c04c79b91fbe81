// 個人情報保護法: a user exports and deletes only their own account. Neither takes an id, so the
// only question is "signed in or not"; the export must hold nobody else's data.
import { GET as exportMine } from "@/app/api/me/export/route";
import { deleteMyAccountAction } from "@/lib/privacy/actions";
import { DELETE_CONFIRM_WORD } from "@/lib/privacy/schema";
import { TEST_PASSWORD } from "@/tests/fixtures/factories";
import { act, byStatus, row, type Entry } from "./types";
import { cloneOf } from "./world";

const SIGNED_IN = row("U A A A A A A A");

export const privacyEntries: Entry[] = [
  {
    id: "app/api/me/export/route.ts#GET",
    scenarios: [
      {
        name: "own data only",
        expect: SIGNED_IN,
        run: async (role, w) => {
          const res = await exportMine();
          const outcome = byStatus(res);
          if (outcome !== "allowed") return outcome;
          const body = await res.text();
          const others = Object.values(w.users)
            .filter((u) => u && u !== w.users[role])
            .map((u) => u!.email);
          return others.some((e) => body.includes(e)) ? "leaked another user's e-mail" : "allowed";
        },
      },
    ],
  },
  {
    id: "lib/privacy/actions.ts#deleteMyAccountAction",
    // Run as a fresh clone of each role: deleting the shared cast would break the other scenarios.
    scenarios: [
      {
        name: "own account (clone of the role)",
        expect: SIGNED_IN,
        run: async (role, w) => {
          w.as(await cloneOf(w, role));
          return act(deleteMyAccountAction, { password: TEST_PASSWORD, confirm: DELETE_CONFIRM_WORD });
        },
      },
    ],
  },
];
