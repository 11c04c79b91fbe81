"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { markAllNotificationsRead, markNotificationRead, saveAlertPreference, saveReaderLocale } from "./mutations";
import { alertPreferenceSchema, notificationIdSchema, readerLocaleSchema } from "./schema";

const SIGNED_IN = { roles: CAN.useOwnAccount };

export const markNotificationReadAction = createAction(SIGNED_IN, notificationIdSchema, async ({ id }, user) => {
  const r = await markNotificationRead(user!, id);
  revalidatePath("/notifications");
  return r;
});

export const markAllNotificationsReadAction = createAction(SIGNED_IN, z.object({}), async (_, user) => {
  const r = await markAllNotificationsRead(user!);
  revalidatePath("/notifications");
  return r;
});

export const saveAlertPreferenceAction = createAction(SIGNED_IN, alertPreferenceSchema, async (input, user) => {
  await saveAlertPreference(user!, input);
  revalidatePath("/settings/alerts");
  return null;
});

export const saveReaderLocaleAction = createAction(SIGNED_IN, readerLocaleSchema, async ({ locale }, user) => {
  await saveReaderLocale(user!, locale);
  return null;
});
