// Questions between municipalities (issue 18 §4): a conversation between two towns. Active staff of either town
// read and write; only the asking town closes; nobody else — no company, coordinator or third town — reads a
// word of it. Asking needs a published case of another town. The pages' reads run here as the pages run them
// (their role guard, then the query), so /peer and /peer/[id] have rows too.
import { db } from "@/lib/db";
import { checkRole, CAN, isCoordinator } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { askPeerAction, closePeerAction, replyPeerAction } from "@/lib/peer/actions";
import { getAskState, getPeerQuestion, listPeerQuestions, listQuestionsToConnect } from "@/lib/peer/queries";
import { askInput, caseOf, town } from "@/lib/peer/test-helpers";
import { act, row, type Entry, type World } from "./types";

const F = "lib/peer/actions.ts";

/** A question from staffOther's town (石岡市) about a fresh 加賀市 case, or between two towns no caller is of. */
async function questionOf(w: World, between?: "strangers") {
  const from = between ? (await town()).id : w.otherMunicipalityId;
  const to = between ? (await town()).id : w.kagaId;
  const c = await caseOf(to);
  return db.peerQuestion.create({
    data: {
      caseId: c.id,
      fromMunicipalityId: from,
      toMunicipalityId: to,
      askerId: between ? null : w.u("staffOther").id,
      subject: "権限テストの質問",
      messages: { create: { municipalityId: from, body: "権限テストの本文" } },
    },
  });
}

/** What a page shows, run as the page runs: its role guard (requirePageRole), then its read. */
function page(user: SessionUser | null, roles: readonly SessionUser["role"][], read: () => Promise<boolean>) {
  const checked = checkRole(user, roles, { active: true });
  return "denial" in checked
    ? Promise.resolve(checked.denial)
    : read().then((seen) => (seen ? "allowed" : "NOT_FOUND"));
}

//                      anon pend own other coOwn coOther coord admin
const BOTH_TOWNS = row("U    P    A   A     F     F       F     F");
const ASKING_TOWN = row("U   P    F   A     F     F       F     F");

export const peerEntries: Entry[] = [
  {
    id: `${F}#askPeerAction`,
    scenarios: [
      {
        name: "a question about a published 加賀市 case (staff of another town only)",
        expect: ASKING_TOWN,
        run: async (_role, w) => act(askPeerAction, askInput((await caseOf(w.kagaId)).id)),
      },
      {
        name: "a question about an unpublished 加賀市 case",
        expect: row("U P N N F F F F"),
        run: async (_role, w) => act(askPeerAction, askInput((await caseOf(w.kagaId, { published: false })).id)),
      },
      {
        name: "the case page's form (getAskState): shown to staff of another town only",
        expect: row("N N N A N N N N"),
        run: async (role, w) =>
          (await getAskState(w.users[role], (await caseOf(w.kagaId)).id)) ? "allowed" : "NOT_FOUND",
      },
    ],
  },
  {
    id: `${F}#replyPeerAction`,
    scenarios: [
      {
        name: "a message in a question from 石岡市 to 加賀市",
        expect: BOTH_TOWNS,
        run: async (_role, w) => act(replyPeerAction, { questionId: (await questionOf(w)).id, body: "返信です" }),
      },
      {
        name: "a message in a question between two other towns",
        expect: row("U P N N F F F F"),
        run: async (_role, w) =>
          act(replyPeerAction, { questionId: (await questionOf(w, "strangers")).id, body: "割り込み" }),
      },
      {
        name: "the page /peer/[id] (getPeerQuestion) of a question from 石岡市 to 加賀市",
        expect: BOTH_TOWNS,
        run: async (role, w) => {
          const q = await questionOf(w);
          return page(w.users[role], CAN.peerQuestions, async () => !!(await getPeerQuestion(w.users[role], q.id)));
        },
      },
      {
        name: "the page /peer (listPeerQuestions; coordinators: listQuestionsToConnect, without the text)",
        expect: row("U P A A F F A A"),
        run: async (role, w) => {
          const q = await questionOf(w);
          const u = w.users[role];
          return page(u, [...CAN.peerQuestions, ...CAN.runPipeline], async () => {
            if (isCoordinator(u)) return !JSON.stringify(await listQuestionsToConnect(u)).includes("権限テストの本文");
            const { received, sent } = await listPeerQuestions(u);
            return [...received, ...sent].some((i) => i.id === q.id);
          });
        },
      },
    ],
  },
  {
    id: `${F}#closePeerAction`,
    scenarios: [
      {
        name: "closing a question from 石岡市 to 加賀市 (the asking town only)",
        expect: row("U P F A F F F F"),
        run: async (_role, w) => act(closePeerAction, { questionId: (await questionOf(w)).id }),
      },
    ],
  },
];
