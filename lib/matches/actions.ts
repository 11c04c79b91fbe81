"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { errorCodeOf } from "@/lib/errors";
import { CAN } from "@/lib/auth/roles";
import { moveMatch, updateMatch } from "./mutations";
import { moveSchema, updateSchema } from "./schema";

const coordinators = { roles: CAN.runPipeline, active: true };

// Losing a race is an expected outcome, not an error: the form shows 「他の人が更新しました」 with a
// button to reload, instead of the generic error text.
async function guarded<T>(run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: "conflict" }> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (errorCodeOf(e) === "CONFLICT") return { ok: false, reason: "conflict" };
    throw e;
  }
}

export const moveMatchAction = createAction(coordinators, moveSchema, async (input, user) => {
  const r = await guarded(() => moveMatch(user, input));
  revalidatePath("/pipeline");
  revalidatePath(`/pipeline/${input.id}`);
  return r;
});

export const updateMatchAction = createAction(coordinators, updateSchema, async (input, user) => {
  const r = await guarded(() => updateMatch(user, input));
  revalidatePath(`/pipeline/${input.id}`);
  return r;
});
