// Theme calls (庁内課題募集): the desk's actions need an active desk member of the call's municipality; a
// department's need active staff of an asked department. Another municipality's desk or clerk gets NOT_FOUND
// (the call is outside its where clause); coordinators and admins take no part in a city hall's internal call.
import {
  askBackAction,
  closeCallAction,
  createCallAction,
  editAnswerAction,
  mergeAnswerAction,
  remindDepartmentAction,
  submitAnswerAction,
  turnIntoChallengeAction,
} from "@/lib/calls/actions";
import { todayInJapan } from "@/lib/calls/schema";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createUser, uid } from "@/tests/fixtures/factories";
import { OTHER_LG_CODE } from "./world";
import { act, row, type Entry, type Role, type World } from "./types";

const F = "lib/calls/actions.ts";
//                    anon pend own other coOwn coOther coord admin
const DESK = row("U    P    A   N     F     F       F     F");
const NOT_DESK = row("U    P    F   F     F     F       F     F");
const DEPARTMENT = row("U    P    A   N     F     F       F     F");

const desks = new WeakMap<World, { own: SessionUser; other: SessionUser }>();
async function desksOf(w: World) {
  if (!desks.has(w))
    desks.set(w, {
      own: await createUser({ role: "MUNICIPAL_STAFF", department: "政策推進課", isDesk: true }),
      other: await createUser({
        role: "MUNICIPAL_STAFF",
        lgCode: OTHER_LG_CODE,
        department: "政策推進課",
        isDesk: true,
      }),
    });
  return desks.get(w)!;
}

/** staffOwn and staffOther act as their municipality's desk; every other role as itself. */
async function asDesk(role: Role, w: World) {
  if (role !== "staffOwn" && role !== "staffOther") return;
  const d = await desksOf(w);
  w.as(role === "staffOwn" ? d.own : d.other);
}

const deadline = () => new Date(`${todayInJapan(new Date(Date.now() + 7 * 86_400_000))}T00:00:00Z`);

/** An open 加賀市 call asking staffOwn's department (企画課). */
async function callOf(w: World) {
  const dept = w.u("staffOwn").departmentId!;
  return db.themeCall.create({
    data: {
      municipalityId: w.kagaId,
      title: `権限テストの募集 ${uid()}`,
      deadline: deadline(),
      asks: { create: { departmentId: dept } },
    },
  });
}

/** An answer of 企画課 to a fresh call (and a second one to merge into). */
async function answersOf(w: World) {
  const call = await callOf(w);
  const make = (trouble: string) =>
    db.themeCallAnswer.create({
      data: { callId: call.id, departmentId: w.u("staffOwn").departmentId!, authorId: w.u("staffOwn").id, trouble },
    });
  return { call, a: await make("窓口が混む"), b: await make("窓口の待ち時間") };
}

async function newCallInput(w: World) {
  const theme = await db.theme.findFirstOrThrow({ select: { id: true } });
  return {
    themeId: theme.id,
    title: `権限テスト ${uid()}`,
    deadline: todayInJapan(new Date(Date.now() + 7 * 86_400_000)),
    departmentIds: [w.u("staffOwn").departmentId],
  };
}

export const callEntries: Entry[] = [
  {
    id: `${F}#createCallAction`,
    scenarios: [
      {
        name: "by a clerk who is not on the desk",
        expect: NOT_DESK,
        run: async (_, w) => act(createCallAction, await newCallInput(w)),
      },
      {
        name: "by the desk, asking 加賀市's 企画課",
        expect: DESK,
        run: async (role, w) => {
          const input = await newCallInput(w);
          await asDesk(role, w);
          return act(createCallAction, input);
        },
      },
    ],
  },
  ...(
    [
      ["closeCallAction", closeCallAction, async (w: World) => ({ callId: (await callOf(w)).id })],
      [
        "remindDepartmentAction",
        remindDepartmentAction,
        async (w: World) => ({ callId: (await callOf(w)).id, departmentId: w.u("staffOwn").departmentId }),
      ],
      [
        "mergeAnswerAction",
        mergeAnswerAction,
        async (w: World) => {
          const { a, b } = await answersOf(w);
          return { answerId: a.id, intoId: b.id };
        },
      ],
      [
        "askBackAction",
        askBackAction,
        async (w: World) => ({ answerId: (await answersOf(w)).a.id, question: "どの窓口ですか" }),
      ],
      [
        "turnIntoChallengeAction",
        turnIntoChallengeAction,
        async (w: World) => ({ answerId: (await answersOf(w)).a.id, version: 0 }),
      ],
    ] as const
  ).map(([name, action, input]): Entry => ({
    id: `${F}#${name}`,
    scenarios: [
      { name: "by a clerk who is not on the desk", expect: NOT_DESK, run: async (_, w) => act(action, await input(w)) },
      {
        name: "by the desk of the call's municipality",
        expect: DESK,
        run: async (role, w) => {
          const body = await input(w);
          await asDesk(role, w);
          return act(action, body);
        },
      },
    ],
  })),
  {
    id: `${F}#submitAnswerAction`,
    scenarios: [
      {
        name: "to a call asking 企画課",
        expect: DEPARTMENT,
        run: async (_, w) => act(submitAnswerAction, { callId: (await callOf(w)).id, trouble: "窓口が混む" }),
      },
    ],
  },
  {
    id: `${F}#editAnswerAction`,
    scenarios: [
      {
        name: "企画課's answer",
        expect: DEPARTMENT,
        run: async (_, w) =>
          act(editAnswerAction, { answerId: (await answersOf(w)).a.id, version: 0, trouble: "窓口がとても混む" }),
      },
    ],
  },
];
