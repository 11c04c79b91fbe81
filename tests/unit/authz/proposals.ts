// The proposal desk: a company proposes and may withdraw its own; the desk of the proposal's municipality routes and
// decides; the department it is routed to answers; coordinators read only (no action is theirs). "Own" staff act
// as the desk of 加賀市 where a scenario says so (world.as), "other" staff as the desk of 石岡市.
import { db } from "@/lib/db";
import {
  answerProposalAction,
  createProposalAction,
  routeProposalAction,
  setProposalSalesOnlyAction,
  stepProposalAction,
  withdrawProposalAction,
} from "@/lib/proposals/actions";
import { createUser, uid } from "@/tests/fixtures/factories";
import { OTHER_LG_CODE } from "./world";
import { act, row, type Entry, type Role, type World } from "./types";

const F = "lib/proposals/actions.ts";

/** A RECEIVED proposal of companyOwn to 加賀市, perhaps already routed to a department of 加賀市. */
async function proposalOf(w: World, departmentId?: string | null) {
  return db.proposal.create({
    data: {
      municipalityId: w.kagaId,
      companyId: w.u("companyOwn").organizationId!,
      title: `権限テストの提案 ${uid()}`,
      problem: "課題",
      proposal: "提案",
      cost: "UNDECIDED",
      status: departmentId ? "ROUTED" : "RECEIVED",
      departmentId: departmentId ?? null,
    },
  });
}

const desks: Partial<Record<"own" | "other", Awaited<ReturnType<typeof createUser>>>> = {};
/** Own and other staff act as their municipality's desk; everyone else stays who they are. */
async function asDesk(role: Role, w: World) {
  if (role !== "staffOwn" && role !== "staffOther") return;
  const side = role === "staffOwn" ? "own" : "other";
  desks[side] ??= await createUser({
    role: "MUNICIPAL_STAFF",
    lgCode: side === "own" ? undefined : OTHER_LG_CODE,
    department: "企画課",
    isDesk: true,
  });
  w.as(desks[side]!);
}

const anotherKagaDepartment = (w: World) =>
  db.department.create({ data: { organizationId: w.kagaId, name: `権限テスト部 ${uid()}` } });

//                      anon pend own other coOwn coOther coord admin
const DESK = row("U    P    A   N     F     F       F     F");
const NOT_DESK = row("U    P    F   F     F     F       F     F");

export const proposalEntries: Entry[] = [
  {
    id: `${F}#createProposalAction`,
    scenarios: [
      {
        name: "to 加賀市",
        expect: row("U F F F A A F F"),
        run: async (_, w) =>
          act(createProposalAction, {
            municipalityId: w.kagaId,
            title: `権限テスト ${uid()}`,
            problem: "課題",
            proposal: "提案",
            cost: "FREE_PILOT",
          }),
      },
    ],
  },
  {
    id: `${F}#routeProposalAction`,
    scenarios: [
      {
        name: "as the desk",
        expect: DESK,
        run: async (role, w) => {
          const p = await proposalOf(w);
          await asDesk(role, w);
          const dept = role === "staffOther" ? desks.other!.departmentId! : desks.own?.departmentId;
          return act(routeProposalAction, {
            id: p.id,
            departmentId: dept ?? (await anotherKagaDepartment(w)).id,
            expectedVersion: 0,
          });
        },
      },
      {
        name: "as staff who are not the desk",
        expect: NOT_DESK,
        run: async (_, w) =>
          act(routeProposalAction, {
            id: (await proposalOf(w)).id,
            departmentId: (await anotherKagaDepartment(w)).id,
            expectedVersion: 0,
          }),
      },
    ],
  },
  {
    id: `${F}#stepProposalAction`,
    scenarios: [
      {
        name: "as the desk: 検討中",
        expect: DESK,
        run: async (role, w) => {
          const p = await proposalOf(w);
          await asDesk(role, w);
          return act(stepProposalAction, { id: p.id, to: "REVIEWING", expectedVersion: 0 });
        },
      },
      {
        name: "as staff who are not the desk",
        expect: NOT_DESK,
        run: async (_, w) =>
          act(stepProposalAction, { id: (await proposalOf(w)).id, to: "REVIEWING", expectedVersion: 0 }),
      },
    ],
  },
  {
    id: `${F}#setProposalSalesOnlyAction`,
    scenarios: [
      {
        name: "as the desk",
        expect: DESK,
        run: async (role, w) => {
          const p = await proposalOf(w);
          await asDesk(role, w);
          return act(setProposalSalesOnlyAction, { id: p.id, salesOnly: true });
        },
      },
    ],
  },
  {
    id: `${F}#answerProposalAction`,
    scenarios: [
      {
        name: "routed to staffOwn's department",
        expect: row("U P A N F F F F"),
        run: async (_, w) =>
          act(answerProposalAction, {
            id: (await proposalOf(w, w.u("staffOwn").departmentId)).id,
            body: "回答します",
            toCompany: true,
            expectedVersion: 0,
          }),
      },
      {
        name: "routed to another department of 加賀市",
        expect: row("U P N N F F F F"),
        run: async (_, w) =>
          act(answerProposalAction, {
            id: (await proposalOf(w, (await anotherKagaDepartment(w)).id)).id,
            body: "回答します",
            toCompany: true,
            expectedVersion: 0,
          }),
      },
    ],
  },
  {
    id: `${F}#withdrawProposalAction`,
    scenarios: [
      {
        name: "companyOwn's proposal",
        expect: row("U F F F A N F F"),
        run: async (_, w) => act(withdrawProposalAction, { id: (await proposalOf(w)).id, expectedVersion: 0 }),
      },
    ],
  },
];
