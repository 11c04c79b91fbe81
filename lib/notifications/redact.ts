import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { nowPrivateLabel, seeableChallengeIds } from "@/lib/interests/access";
import { readerLocale, translatorFor } from "@/lib/mail/i18n";

/** What a reader is shown of a notification (the centre, the export); challengeId and threadId feed the redaction. */
export const notificationShown = {
  id: true,
  type: true,
  title: true,
  body: true,
  url: true,
  readAt: true,
  createdAt: true,
  challengeId: true,
  threadId: true,
} as const;

type Redactable = { challengeId: string | null; threadId: string | null; title: string; body: string | null };

const redacted = new WeakSet<object>();
/** Whether redactNotifications replaced this row's text (its `data` may still name the challenge). */
export const wasRedacted = (row: object): boolean => redacted.has(row);

/** Replaces the stored text of a notification whose challenge the reader may no longer see, in their language. */
export const nowPrivateNotice = (locale: Locale): string =>
  translatorFor(locale)("notifications.nowPrivate.notice", { label: nowPrivateLabel(locale) });

/**
 * A notification's title and body were written when it was created, often naming the challenge
 * (「〇〇」について、自治体との連絡を始められます). Every reader of notifications — the centre, e-mail,
 * the digest, the personal-data export — passes them through here, so a challenge made private since
 * is not named again: the same rule (seeableChallengeIds) as the interest list and thread headers.
 * `locale` is the language the reader reads the replacement in; the rule does not depend on it.
 */
export async function redactNotifications<T extends Redactable>(
  viewer: SessionUser | null,
  rows: T[],
  locale: Locale,
): Promise<T[]> {
  const threadIds = [...new Set(rows.filter((r) => !r.challengeId && r.threadId).map((r) => r.threadId!))];
  const threads = threadIds.length
    ? await db.thread.findMany({ where: { id: { in: threadIds } }, select: { id: true, challengeId: true } })
    : [];
  const viaThread = new Map(threads.map((t) => [t.id, t.challengeId]));
  const challengeOf = (r: T) => r.challengeId ?? (r.threadId ? viaThread.get(r.threadId) : null) ?? null;
  const seeable = await seeableChallengeIds(viewer, rows.map(challengeOf));
  return rows.map((r) => {
    const c = challengeOf(r);
    if (!c || seeable.has(c)) return r;
    const hidden = { ...r, title: nowPrivateNotice(locale), body: null };
    redacted.add(hidden);
    return hidden;
  });
}

/** The reader as the visibility rules see them (role, status, first organisation), for jobs without a session. */
export async function viewerById(userId: string): Promise<SessionUser | null> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      memberships: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { organizationId: true, departmentId: true, isDesk: true },
      },
    },
  });
  if (!u) return null;
  const m = u.memberships[0];
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    status: u.status,
    organizationId: m?.organizationId ?? null,
    organizationName: null,
    departmentId: m?.departmentId ?? null,
    departmentName: null,
    isDesk: m?.isDesk ?? false,
  };
}

/** redactNotifications for rows of several readers (the e-mail jobs), each in their own language (User.locale). */
export async function redactForReaders<T extends Redactable & { userId: string }>(rows: T[]): Promise<T[]> {
  const byUser = new Map<string, T[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  const users = await db.user.findMany({
    where: { id: { in: [...byUser.keys()] } },
    select: { id: true, locale: true },
  });
  const localeOf = new Map(users.map((u) => [u.id, readerLocale(u.locale)]));
  const done = new Map<T, T>();
  for (const [userId, mine] of byUser) {
    const redacted = await redactNotifications(
      await viewerById(userId),
      mine,
      localeOf.get(userId) ?? readerLocale(null),
    );
    mine.forEach((r, i) => done.set(r, redacted[i]));
  }
  return rows.map((r) => done.get(r)!);
}
