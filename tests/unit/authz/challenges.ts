// Challenges: editors are ACTIVE staff of the challenge's municipality, coordinators and admins.
// Another municipality's staff get NOT_FOUND (the row is outside their where clause), never a hint.
import {
  closeChallengeAction,
  publishChallengeAction,
  reopenChallengeAction,
  saveChallengeDraftAction,
  updatePublishedChallengeAction,
} from "@/lib/challenges/actions";
import { randomUUID } from "node:crypto";
import { uid } from "@/tests/fixtures/factories";
import { challengeOf } from "./world";
import { act, row, type Entry } from "./types";

const F = "lib/challenges/actions.ts";
const content = () => ({
  kind: "CONSULTATION",
  title: `権限テスト ${uid()}`,
  situation: "窓口の待ち時間が長い",
  themeSlugs: ["dx"],
});
//                   anon pend own other coOwn coOther coord admin
const EDIT_OWN = row("U    P    A   N     F     F       A     A");

export const challengeEntries: Entry[] = [
  {
    id: `${F}#saveChallengeDraftAction`,
    scenarios: [
      // New drafts belong to the author's municipality, so only staff create them.
      {
        name: "new draft",
        expect: row("U P A A F F F F"),
        run: async () => act(saveChallengeDraftAction, { title: `下書き ${uid()}`, situation: "書きかけ" }),
      },
      {
        name: "another municipality's draft by id",
        expect: EDIT_OWN,
        run: async (_, w) =>
          act(saveChallengeDraftAction, {
            id: (await challengeOf(w, { status: "DRAFT" })).id,
            title: `下書き ${uid()}`,
            situation: "書きかけ",
          }),
      },
      // The wizard's autosave: an untitled first save, then saves naming the version they build on.
      {
        name: "autosave: untitled first save",
        expect: row("U P A A F F F F"),
        run: async () => act(saveChallengeDraftAction, { situation: "題名はまだ", revision: randomUUID() }),
      },
      {
        name: "autosave: the draft's current version",
        expect: EDIT_OWN,
        run: async (_, w) => {
          const c = await challengeOf(w, { status: "DRAFT" });
          return act(saveChallengeDraftAction, {
            id: c.id,
            situation: "自動保存",
            revision: randomUUID(),
            baseRevisions: [c.revision],
          });
        },
      },
    ],
  },
  {
    id: `${F}#publishChallengeAction`,
    scenarios: [
      {
        name: "own municipality's draft",
        expect: EDIT_OWN,
        run: async (_, w) =>
          act(publishChallengeAction, { ...content(), id: (await challengeOf(w, { status: "DRAFT" })).id }),
      },
      {
        name: "own municipality's draft, at its current version (the wizard)",
        expect: EDIT_OWN,
        run: async (_, w) => {
          const c = await challengeOf(w, { status: "DRAFT" });
          return act(publishChallengeAction, {
            ...content(),
            id: c.id,
            revision: randomUUID(),
            baseRevisions: [c.revision],
          });
        },
      },
    ],
  },
  {
    id: `${F}#updatePublishedChallengeAction`,
    scenarios: [
      {
        name: "public challenge",
        expect: EDIT_OWN,
        run: async (_, w) => act(updatePublishedChallengeAction, { ...content(), id: (await challengeOf(w)).id }),
      },
      {
        name: "private consultation (非公開・相談)",
        expect: EDIT_OWN,
        run: async (_, w) =>
          act(updatePublishedChallengeAction, {
            ...content(),
            kind: "PRIVATE_CONSULTATION",
            id: (await challengeOf(w, { kind: "PRIVATE_CONSULTATION" })).id,
          }),
      },
    ],
  },
  {
    id: `${F}#closeChallengeAction`,
    scenarios: [
      {
        name: "published",
        expect: EDIT_OWN,
        run: async (_, w) => act(closeChallengeAction, { id: (await challengeOf(w)).id }),
      },
      {
        name: "private consultation",
        expect: EDIT_OWN,
        run: async (_, w) =>
          act(closeChallengeAction, { id: (await challengeOf(w, { kind: "PRIVATE_CONSULTATION" })).id }),
      },
    ],
  },
  {
    id: `${F}#reopenChallengeAction`,
    scenarios: [
      {
        name: "closed",
        expect: EDIT_OWN,
        run: async (_, w) => act(reopenChallengeAction, { id: (await challengeOf(w, { status: "CLOSED" })).id }),
      },
    ],
  },
];
