// The department in charge (issue 17 §3). The meeting log of a match is kept by both sides: the municipality's staff
// of the match (its department, or any staff while it has none), the company's members and coordinators. Taking an
// entry back is its author's or a coordinator's. The /inbox page itself has no handler: its scoping is tested in
// lib/inbox/queries.test.ts and its roles in tests/e2e/inbox.spec.ts.
import { db } from "@/lib/db";
import { deleteMeetingAction, logMeetingAction } from "@/lib/matches/meetings-actions";
import { uid } from "@/tests/fixtures/factories";
import { matchOf } from "./world";
import { act, row, type Entry, type World } from "./types";

const log = (matchId: string) => ({ matchId, heldOn: "2026-11-30", participants: "所管課と企業の担当者" });

/** A 加賀市 match whose department is one staffOwn does not belong to. */
async function otherDepartmentMatch(w: World) {
  const m = await matchOf(w);
  const d = await db.department.create({ data: { organizationId: w.kagaId, name: `権限テスト別課 ${uid()}` } });
  return db.match.update({ where: { id: m.id }, data: { departmentId: d.id } });
}

/** A fresh entry on a 加賀市 match, logged by `authorId` (null: someone no caller is). */
async function entryOf(w: World, authorId: string | null) {
  const m = await matchOf(w);
  return db.matchMeeting.create({
    data: { matchId: m.id, heldOn: new Date("2026-11-30"), participants: "権限テスト", loggedById: authorId },
  });
}

export const inboxEntries: Entry[] = [
  {
    id: "lib/matches/meetings-actions.ts#logMeetingAction",
    scenarios: [
      {
        name: "a 加賀市 match without a department",
        //          anon pend own other coOwn coOther coord admin
        expect: row("U    P    A   N     A     N       A     A"),
        run: async (_, w) => act(logMeetingAction, log((await matchOf(w)).id)),
      },
      {
        name: "a 加賀市 match of another department",
        expect: row("U    P    N   N     A     N       A     A"),
        run: async (_, w) => act(logMeetingAction, log((await otherDepartmentMatch(w)).id)),
      },
    ],
  },
  {
    id: "lib/matches/meetings-actions.ts#deleteMeetingAction",
    scenarios: [
      {
        name: "the caller's own entry",
        expect: row("U    P    A   N     A     N       A     A"),
        run: async (role, w) => act(deleteMeetingAction, { id: (await entryOf(w, w.users[role]?.id ?? null)).id }),
      },
      {
        name: "someone else's entry",
        expect: row("U    P    F   N     F     N       A     A"),
        run: async (_, w) => act(deleteMeetingAction, { id: (await entryOf(w, null)).id }),
      },
    ],
  },
];
