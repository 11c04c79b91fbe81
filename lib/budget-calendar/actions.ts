"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { resetMunicipalityCalendar, saveMunicipalityCalendar } from "./mutations";
import { calendarOverrideSchema, resetCalendarSchema } from "./schema";

export const saveCalendarAction = createAction(
  { roles: CAN.runPipeline, active: true },
  calendarOverrideSchema,
  async (input, user) => {
    const r = await saveMunicipalityCalendar(user, input);
    revalidatePath("/pipeline/calendar", "layout");
    return r;
  },
);

export const resetCalendarAction = createAction(
  { roles: CAN.runPipeline, active: true },
  resetCalendarSchema,
  async (input, user) => {
    const r = await resetMunicipalityCalendar(user, input);
    revalidatePath("/pipeline/calendar", "layout");
    return r;
  },
);
