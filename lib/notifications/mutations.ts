import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isCompanyMember } from "@/lib/auth/roles";
import { type AlertPreferenceInput, unsubscribeTokenSchema } from "./schema";

/** Marks one of the user's own notifications as read; someone else's id matches no row. */
export async function markNotificationRead(user: SessionUser, id: string): Promise<{ url: string }> {
  await db.notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: new Date() } });
  const row = await db.notification.findFirst({ where: { id, userId: user.id }, select: { url: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function markAllNotificationsRead(user: SessionUser): Promise<{ count: number }> {
  return db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
}

/** The language switch, signed in: later notices and e-mails are written in this language (User.locale). */
export async function saveReaderLocale(user: SessionUser, locale: "ja" | "en"): Promise<void> {
  await db.user.updateMany({ where: { id: user.id }, data: { locale } });
}

/**
 * Saves what the user wants to hear about (created on first save). Only company members get
 * challenge alerts; staff and coordinators choose how they receive e-mail, nothing else.
 */
export async function saveAlertPreference(user: SessionUser, input: AlertPreferenceInput): Promise<void> {
  const isCompany = isCompanyMember(user);
  const themeIds =
    isCompany && input.themeIds.length
      ? (await db.theme.findMany({ where: { id: { in: input.themeIds } }, select: { id: true } })).map((t) => t.id)
      : [];
  if (themeIds.length !== (isCompany ? input.themeIds.length : 0)) throw new AppError("INVALID_INPUT");
  const data = isCompany
    ? {
        challengeAlerts: input.challengeAlerts,
        themeIds,
        prefectureCodes: input.prefectureCodes,
        kinds: input.kinds,
        emailMode: input.emailMode,
      }
    : { challengeAlerts: false, themeIds: [], prefectureCodes: [], kinds: [], emailMode: input.emailMode };
  await db.alertPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data });
}

/**
 * Stops e-mail for the owner of an unsubscribe token. No session: the token is the credential.
 * Returns false for an unknown or malformed token, so the page can say so plainly.
 */
export async function unsubscribeByToken(token: unknown): Promise<boolean> {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  if (!parsed.success) return false;
  const { count } = await db.alertPreference.updateMany({
    where: { unsubscribeToken: parsed.data },
    data: { emailMode: "OFF" },
  });
  return count === 1;
}
