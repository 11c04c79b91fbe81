"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { resetMunicipalityCalendar, saveMunicipalityCalendar } from "./mutations";
import { CALENDAR_EDITORS } from "./queries";
import { calendarOverrideSchema, resetCalendarSchema } from "./schema";

export const saveCalendarAction = createAction(
  { roles: CALENDAR_EDITORS, active: true },
  calendarOverrideSchema,
  async (input, user) => {
    const r = await saveMunicipalityCalendar(user, input);
    revalidatePath("/pipeline/calendar", "layout");
    return r;
  },
);

export const resetCalendarAction = createAction(
  { roles: CALENDAR_EDITORS, active: true },
  resetCalendarSchema,
  async (input, user) => {
    const r = await resetMunicipalityCalendar(user, input);
    revalidatePath("/pipeline/calendar", "layout");
    return r;
  },
);
