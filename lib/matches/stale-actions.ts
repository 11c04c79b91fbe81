"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { saveStaleSettings, staleSettingsSchema } from "./stale-settings";

export const saveStaleSettingsAction = createAction(
  { roles: CAN.administer, active: true },
  staleSettingsSchema,
  async (input, user) => {
    const r = await saveStaleSettings(user, input);
    revalidatePath("/admin/stale");
    revalidatePath("/pipeline", "layout");
    return r;
  },
);
