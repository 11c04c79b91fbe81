// The desk's settings (/desk/settings): only an active desk member saves them, and only its own municipality's;
// coordinators and admins read nothing here and change nothing (the settings are the municipality's decision).
// The matrix's staffOwn and staffOther are plain clerks, so the second scenario makes each a desk member of its own
// municipality: a form that names 加賀市 still changes only the caller's own town (NOT_FOUND: 加賀市's row is out of
// reach). The values saved are the defaults, so other test files' 加賀市 proposals keep the target times they expect.
import { db } from "@/lib/db";
import { saveDeskSettingsAction } from "@/lib/desk/settings-actions";
import { DESK_DEFAULTS } from "@/lib/desk/due";
import { createUser } from "@/tests/fixtures/factories";
import { act, row, type Entry, type Role, type World } from "./types";
import { OTHER_LG_CODE } from "./world";

const id = "lib/desk/settings-actions.ts#saveDeskSettingsAction";

async function asDeskOfOwnTown(role: Role, w: World) {
  if (role !== "staffOwn" && role !== "staffOther") return;
  w.as(
    await createUser({
      role: "MUNICIPAL_STAFF",
      lgCode: role === "staffOther" ? OTHER_LG_CODE : undefined,
      isDesk: true,
    }),
  );
}

async function save(w: World, extra: Record<string, unknown> = {}) {
  await db.deskSetting.deleteMany({ where: { municipalityId: { in: [w.kagaId, w.otherMunicipalityId] } } });
  const r = await act(saveDeskSettingsAction, { ...DESK_DEFAULTS, ...extra });
  if (r !== "allowed") return r;
  return (await db.deskSetting.count({ where: { municipalityId: w.kagaId } })) === 1 ? "allowed" : "NOT_FOUND";
}

export const deskSettingsEntries: Entry[] = [
  {
    id,
    scenarios: [
      {
        name: "加賀市's target times and public log",
        //          anon pend own other coOwn coOther coord admin
        expect: row("U    P    F   F     F     F       F     F"),
        run: async (_role, w) => save(w),
      },
      {
        name: "as the desk of one's own town, with a form naming 加賀市",
        expect: row("U    P    A   N     F     F       F     F"),
        run: async (role, w) => {
          await asDeskOfOwnTown(role, w);
          return save(w, { municipalityId: w.kagaId, organizationId: w.kagaId });
        },
      },
    ],
  },
];
