// 横展開: staff of another municipality than the case's start a draft from it (the case's own town, companies and
// coordinators may not: a challenge speaks for the clerk's own town); only ACTIVE staff of the replicated
// challenge's municipality invite the case's partner companies (an invitation is a direct inquiry).
import { db } from "@/lib/db";
import { inviteCasePartnerAction, replicateCaseAction } from "@/lib/replication/actions";
import { getMunicipality, uid } from "@/tests/fixtures/factories";
import { act, row, type Entry, type World } from "./types";

const F = "lib/replication/actions.ts";

/** A published case of a town (加賀市 by default) with companyOwn as its partner in the directory. */
async function caseOf(w: World, opts: { municipalityId?: string; published?: boolean } = {}) {
  return db.case.create({
    data: {
      title: `権限テスト事例 ${uid()}`,
      summary: "x",
      body: "x",
      municipalityId: opts.municipalityId ?? w.kagaId,
      scheme: "DEMONSTRATION",
      outcome: "ADOPTED",
      fiscalYear: 2023,
      published: opts.published ?? true,
      partners: { create: { name: "パートナー", organizationId: w.u("companyOwn").organizationId } },
    },
  });
}

/** A published challenge of 加賀市 started from a case of another town, whose partner is companyOwn. */
async function replicatedChallenge(w: World) {
  const c = await caseOf(w, { municipalityId: (await getMunicipality("131016")).id });
  const author = w.u("staffOwn");
  return db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      publishedAt: new Date(),
      title: `権限テストの横展開 ${uid()}`,
      situation: "x",
      municipalityId: author.organizationId!,
      authorId: author.id,
      sourceCaseId: c.id,
    },
  });
}

export const replicationEntries: Entry[] = [
  {
    id: `${F}#replicateCaseAction`,
    scenarios: [
      {
        // 加賀市's own case: its staff get FORBIDDEN; staff of 石岡市 get a draft.
        name: "a case of 加賀市",
        expect: row("U P F A F F F F"),
        run: async (_, w) => act(replicateCaseAction, { caseId: (await caseOf(w)).id }),
      },
      {
        name: "a case of a third town",
        expect: row("U P A A F F F F"),
        run: async (_, w) =>
          act(replicateCaseAction, {
            caseId: (await caseOf(w, { municipalityId: (await getMunicipality("131016")).id })).id,
          }),
      },
      {
        name: "an unpublished case",
        expect: row("U P N N F F F F"),
        run: async (_, w) =>
          act(replicateCaseAction, {
            caseId: (await caseOf(w, { municipalityId: (await getMunicipality("131016")).id, published: false })).id,
          }),
      },
    ],
  },
  {
    id: `${F}#inviteCasePartnerAction`,
    scenarios: [
      {
        name: "companyOwn, to 加賀市's replicated challenge",
        expect: row("U P A N F F F F"),
        run: async (_, w) =>
          act(inviteCasePartnerAction, {
            challengeId: (await replicatedChallenge(w)).id,
            companyId: w.u("companyOwn").organizationId,
          }),
      },
      // companyOther took no part in the case: not an invitation anyone can send.
      {
        name: "a company that is not the case's partner",
        expect: row("U P N N F F F F"),
        run: async (_, w) =>
          act(inviteCasePartnerAction, {
            challengeId: (await replicatedChallenge(w)).id,
            companyId: w.u("companyOther").organizationId,
          }),
      },
    ],
  },
];
