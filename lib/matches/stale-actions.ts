"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { saveStaleSettings, STALE_EDITORS, staleSettingsSchema } from "./stale-settings";

export const saveStaleSettingsAction = createAction(
  { roles: STALE_EDITORS, active: true },
  staleSettingsSchema,
  async (input, user) => {
    const r = await saveStaleSettings(user, input);
    revalidatePath("/admin/stale");
    revalidatePath("/pipeline", "layout");
    return r;
  },
);
