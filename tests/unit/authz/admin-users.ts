// Admin user management (/admin/users): only ACTIVE admins may change roles, suspend or reactivate accounts,
// move clerks between 課 or hand a leaver's work over. There is no municipal admin role (lib/auth/roles.ts), so
// a clerk cannot hand over even within their own municipality; coordinators cannot either. Each scenario acts
// on fresh accounts, never on the matrix's own cast.
import { db } from "@/lib/db";
import {
  changeRoleAction,
  handOverAction,
  moveDepartmentAction,
  reactivateUserAction,
  suspendUserAction,
} from "@/lib/admin/actions";
import { createChallenge } from "@/lib/interests/test-helpers";
import { createUser, uid } from "@/tests/fixtures/factories";
import { act, row, type Entry } from "./types";

const F = "lib/admin/actions.ts";
//                    anon pend own other coOwn coOther coord admin
const ADMINS_ONLY = row("U   F    F   F     F     F       F     A");

export const adminUserEntries: Entry[] = [
  {
    id: `${F}#changeRoleAction`,
    scenarios: [
      {
        name: "a coordinator made admin",
        expect: ADMINS_ONLY,
        run: async () =>
          act(changeRoleAction, { userId: (await createUser({ role: "COORDINATOR" })).id, role: "ADMIN" }),
      },
    ],
  },
  {
    id: `${F}#suspendUserAction`,
    scenarios: [
      {
        name: "a company member suspended",
        expect: ADMINS_ONLY,
        run: async () => act(suspendUserAction, { userId: (await createUser({ role: "COMPANY_MEMBER" })).id }),
      },
    ],
  },
  {
    id: `${F}#reactivateUserAction`,
    scenarios: [
      {
        name: "a suspended 加賀市 clerk reactivated",
        expect: ADMINS_ONLY,
        run: async () =>
          act(reactivateUserAction, {
            userId: (await createUser({ role: "MUNICIPAL_STAFF", status: "SUSPENDED" })).id,
          }),
      },
    ],
  },
  {
    id: `${F}#moveDepartmentAction`,
    scenarios: [
      {
        name: "a 加賀市 clerk moved to a new 課",
        expect: ADMINS_ONLY,
        run: async () =>
          act(moveDepartmentAction, {
            userId: (await createUser({ role: "MUNICIPAL_STAFF", department: "企画課" })).id,
            newDepartment: `権限テスト課 ${uid()}`,
          }),
      },
    ],
  },
  {
    id: `${F}#handOverAction`,
    scenarios: [
      {
        name: "a 加賀市 clerk's challenge handed to a colleague",
        expect: ADMINS_ONLY,
        run: async () => {
          const leaver = await createUser({ role: "MUNICIPAL_STAFF" });
          const successor = await createUser({ role: "MUNICIPAL_STAFF" });
          const c = await createChallenge(leaver);
          const r = await act(handOverAction, { fromId: leaver.id, toId: successor.id, suspend: true });
          const author = (await db.challenge.findUniqueOrThrow({ where: { id: c.id } })).authorId;
          // Allowed means it really moved; refused means it really did not.
          if ((r === "allowed") !== (author === successor.id)) return `${r} but the author is ${author}`;
          return r;
        },
      },
    ],
  },
];
