import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { renderNotice, storedNotice } from "./notice";
import { unsubscribeTokenSchema } from "./schema";
import { notificationShown, redactNotifications } from "./redact";

export const PAGE_SIZE = 30;

/**
 * The signed-in user's own notifications, newest first: the user id is in the where clause. Notices
 * of ours are rendered again in the locale the page is shown in (the reader may have switched since).
 */
export async function listNotifications(user: SessionUser, opts: { page?: number; locale?: Locale } = {}) {
  const page = Math.max(1, opts.page ?? 1);
  const where = { userId: user.id };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { ...notificationShown, data: true },
    }),
    db.notification.count({ where }),
  ]);
  const localized = rows.map(({ data, ...row }) => {
    const notice = opts.locale ? storedNotice(data) : null;
    return notice ? { ...row, ...renderNotice(opts.locale!, notice) } : row;
  });
  const items = await redactNotifications(user, localized, opts.locale ?? defaultLocale);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function countUnread(user: SessionUser | null): Promise<number> {
  if (!user) return 0;
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function getAlertPreference(user: SessionUser) {
  return db.alertPreference.findUnique({
    where: { userId: user.id },
    select: { challengeAlerts: true, themeIds: true, prefectureCodes: true, kinds: true, emailMode: true },
  });
}

/** For the unsubscribe page: who the token belongs to (masked), or null for a bad token. */
export async function findUnsubscribe(token: unknown) {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const row = await db.alertPreference.findUnique({
    where: { unsubscribeToken: parsed.data },
    select: { emailMode: true, user: { select: { email: true } } },
  });
  if (!row) return null;
  return { emailMode: row.emailMode, email: maskEmail(row.user.email) };
}

/** t***@example.co.jp: enough for the owner to recognise, little for anyone who got the link. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 1)}***@${domain ?? ""}`;
}
