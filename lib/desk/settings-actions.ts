"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { saveDeskSettings } from "./settings";
import { deskSettingsSchema } from "./settings-schema";

export const saveDeskSettingsAction = createAction(
  { roles: CAN.postChallenges, active: true },
  deskSettingsSchema,
  async (input, user) => {
    const r = await saveDeskSettings(user, input);
    revalidatePath("/desk/settings");
    revalidatePath("/desk");
    return r;
  },
);
