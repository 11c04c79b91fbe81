// The partnership desk's staff area (/desk/staff, /join): only an active desk member (Membership.isDesk) acts, and
// only inside its own municipality; the matrix's staffOwn and staffOther are plain clerks, so every desk action is
// also run with each replaced by a desk member of the same municipality ("as the desk"). The invitation link is the
// only credential of /join: anyone holding a fresh one may use it.
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { setDeskFlagAction } from "@/lib/admin/actions";
import { inviteStaffAction, joinByInvitationAction, revokeInvitationAction } from "@/lib/desk/invitations-actions";
import { joinByInvitation } from "@/lib/desk/invitations-join";
import { reviewInvitedStaffAction, setColleagueDeskAction } from "@/lib/desk/staff-actions";
import { deskMember, freshEmail, invited, JOIN_PASSWORD } from "@/lib/desk/invitations-fixtures";
import { createUser, uid } from "@/tests/fixtures/factories";
import { act, row, type Entry, type Role, type World } from "./types";
import { OTHER_LG_CODE } from "./world";

const F = "lib/desk/invitations-actions.ts";
//                        anon pend own other coOwn coOther coord admin
const NOT_DESK = row("U    P    F   F     F     F       F     F");
const DESK_OWN_ONLY = row("U  P    A   N     F     F       F     F");

/** For "as the desk" scenarios: staffOwn and staffOther become desk members of their municipalities. */
async function asDesk(role: Role, w: World) {
  if (role !== "staffOwn" && role !== "staffOther") return;
  const desk = await deskMember(role === "staffOther" ? OTHER_LG_CODE : undefined);
  await reset(`desk:invite:${desk.id}`);
  w.as(desk);
}

/** A fresh open invitation of 加賀市, sent by a 加賀市 desk member. */
const kagaInvitation = async () => invited(await deskMember());

/** A PENDING account made from a fresh 加賀市 invitation (the desk of 加賀市 decides it). */
async function invitedAccount(): Promise<string> {
  const r = await joinByInvitation({
    token: (await kagaInvitation()).token,
    name: "招待 次郎",
    password: JOIN_PASSWORD,
  });
  if (!r.ok) throw new Error(`join refused: ${r.reason}`);
  return r.userId;
}
const kagaClerk = () => createUser({ role: "MUNICIPAL_STAFF", department: "企画課" });

export const deskEntries: Entry[] = [
  {
    id: `${F}#inviteStaffAction`,
    scenarios: [
      {
        name: "an invitation into a new 課",
        expect: NOT_DESK,
        run: async () => act(inviteStaffAction, { email: freshEmail(), newDepartment: `権限テスト課 ${uid()}` }),
      },
      {
        name: "as the desk: an invitation into a 加賀市 課 (by its id)",
        expect: DESK_OWN_ONLY,
        run: async (role, w) => {
          const dept = await db.department.create({
            data: { organizationId: w.kagaId, name: `権限テスト課 ${uid()}` },
          });
          await asDesk(role, w);
          return act(inviteStaffAction, { email: freshEmail(), departmentId: dept.id });
        },
      },
    ],
  },
  {
    id: `${F}#revokeInvitationAction`,
    scenarios: [
      {
        name: "a 加賀市 invitation",
        expect: NOT_DESK,
        run: async () => act(revokeInvitationAction, { id: (await kagaInvitation()).id }),
      },
      {
        name: "as the desk: a 加賀市 invitation",
        expect: DESK_OWN_ONLY,
        run: async (role, w) => {
          const inv = await kagaInvitation();
          await asDesk(role, w);
          return act(revokeInvitationAction, { id: inv.id });
        },
      },
    ],
  },
  {
    id: `${F}#joinByInvitationAction`,
    scenarios: [
      {
        name: "a fresh invitation link (the token is the credential)",
        expect: row("A A A A A A A A"),
        run: async () =>
          act(joinByInvitationAction, {
            token: (await kagaInvitation()).token,
            name: "招待 太郎",
            password: JOIN_PASSWORD,
          }),
      },
    ],
  },
  {
    id: "lib/desk/staff-actions.ts#setColleagueDeskAction",
    scenarios: [
      {
        name: "a 加賀市 clerk made a desk member",
        expect: NOT_DESK,
        run: async () => act(setColleagueDeskAction, { userId: (await kagaClerk()).id, isDesk: true }),
      },
      {
        name: "as the desk: a 加賀市 clerk made a desk member",
        expect: DESK_OWN_ONLY,
        run: async (role, w) => {
          const clerk = await kagaClerk();
          await asDesk(role, w);
          return act(setColleagueDeskAction, { userId: clerk.id, isDesk: true });
        },
      },
    ],
  },
  {
    id: "lib/desk/staff-actions.ts#reviewInvitedStaffAction",
    scenarios: [
      {
        name: "an account made from a 加賀市 invitation approved",
        expect: NOT_DESK,
        run: async () => act(reviewInvitedStaffAction, { userId: await invitedAccount(), decision: "APPROVE" }),
      },
      {
        name: "as the desk: an account made from a 加賀市 invitation approved",
        expect: DESK_OWN_ONLY,
        run: async (role, w) => {
          const userId = await invitedAccount();
          await asDesk(role, w);
          return act(reviewInvitedStaffAction, { userId, decision: "APPROVE" });
        },
      },
    ],
  },
  {
    id: "lib/admin/actions.ts#setDeskFlagAction",
    scenarios: [
      {
        name: "a 加賀市 clerk made a desk member",
        //     anon pend own other coOwn coOther coord admin
        expect: row("U F F F F F F A"),
        run: async () => act(setDeskFlagAction, { userId: (await kagaClerk()).id, isDesk: true }),
      },
    ],
  },
];
