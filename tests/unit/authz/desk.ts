// The partnership desk's staff area (/desk/staff, /join): only an active desk member (Membership.isDesk) acts, and
// only inside its own municipality; the matrix's staffOwn and staffOther are plain clerks, so every desk action is
// also run with each replaced by a desk member of the same municipality ("as the desk"). The invitation link is the
// only credential of /join: anyone holding a fresh one may use it.
import { db } from "@/lib/db";
import { reset } from "@/lib/auth/rate-limit";
import { inviteStaffAction, joinByInvitationAction, revokeInvitationAction } from "@/lib/desk/invitations-actions";
import { deskMember, freshEmail, invited, JOIN_PASSWORD } from "@/lib/desk/invitations-fixtures";
import { uid } from "@/tests/fixtures/factories";
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
];
