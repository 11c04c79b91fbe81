import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_CHALLENGE_WHERE } from "@/lib/challenges/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/transport";
import { readerLocale } from "@/lib/mail/i18n";
import { digestMail, immediateMail } from "@/lib/mail/templates";
import {
  claimOverdueDigest,
  overdueDigestFor,
  overdueDigestUserIds,
  releaseOverdueDigest,
} from "@/lib/desk/overdue-digest";
import { renderNotice, storedNotice } from "./notice";
import { redactForReaders } from "./redact";

const DAY = 24 * 60 * 60 * 1000;

/** What a mail template shows of a notification (MailItem), plus what delivery decides by. */
const mailItemSelect = {
  id: true,
  type: true,
  title: true,
  body: true,
  url: true,
  challengeId: true,
  threadId: true,
  userId: true,
  createdAt: true,
  data: true,
} satisfies Prisma.NotificationSelect;

/** A notice of ours in the reader's locale as it is now (they may have switched since it was written). */
function inReaderLocale<T extends { data: unknown; title: string; body: string | null; user: { locale: string } }>(
  row: T,
): T {
  const notice = storedNotice(row.data);
  return notice ? { ...row, ...renderNotice(readerLocale(row.user.locale), notice) } : row;
}

// A challenge alert is only mailed while the challenge is still public: it may have been turned
// into a private consultation or pulled back since the alert was created.
async function stillPublicChallengeIds(ids: (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Set();
  const rows = await db.challenge.findMany({
    where: { AND: [{ id: { in: wanted } }, PUBLIC_CHALLENGE_WHERE] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** The token for the unsubscribe link. Users who never saved preferences get a row now; it turns no challenge alerts on. */
export async function tokenFor(userId: string): Promise<string> {
  const row = await db.alertPreference.upsert({
    where: { userId },
    create: { userId, challengeAlerts: false },
    update: {},
    select: { unsubscribeToken: true },
  });
  return row.unsubscribeToken;
}

/**
 * The `notification.email` job: one e-mail per notification for users who chose IMMEDIATE (the
 * default for those who never chose). emailedAt is set only after the SMTP server accepted the
 * message, so a crash can at worst send one message twice, never lose one. Throws when any send
 * failed, so pg-boss retries the job with backoff; the ones already sent are skipped then.
 */
export async function deliverImmediate(notificationIds: string[]): Promise<{ sent: number; skipped: number }> {
  const stored = await db.notification.findMany({
    where: { id: { in: notificationIds }, emailedAt: null, user: { status: "ACTIVE" } },
    select: {
      ...mailItemSelect,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          alertPreference: { select: { emailMode: true, unsubscribeToken: true } },
        },
      },
    },
  });
  const rows = await redactForReaders(stored.map(inReaderLocale));
  const publicIds = await stillPublicChallengeIds(
    rows.filter((r) => r.type === "CHALLENGE_MATCH").map((r) => r.challengeId),
  );
  const due = rows.filter(
    (r) =>
      (r.user.alertPreference?.emailMode ?? "IMMEDIATE") === "IMMEDIATE" &&
      (r.type !== "CHALLENGE_MATCH" || (r.challengeId && publicIds.has(r.challengeId))),
  );
  // One token per user before the parallel sends: two notifications of a user without preferences
  // would otherwise both create the row, and the second insert fails the whole job.
  const tokens = new Map<string, string>();
  for (const n of due)
    if (!tokens.has(n.user.id))
      tokens.set(n.user.id, n.user.alertPreference?.unsubscribeToken ?? (await tokenFor(n.user.id)));
  const results = await Promise.allSettled(
    due.map(async (n) => {
      const token = tokens.get(n.user.id)!;
      await sendMail({
        to: n.user.email,
        unsubscribeToken: token,
        ...immediateMail({
          locale: readerLocale(n.user.locale),
          name: n.user.name,
          item: n,
          unsubscribeToken: token,
          isChallengeMatch: n.type === "CHALLENGE_MATCH",
        }),
      });
      await db.notification.updateMany({ where: { id: n.id, emailedAt: null }, data: { emailedAt: new Date() } });
    }),
  );
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed.length) throw new Error(`${failed.length} of ${due.length} e-mails failed: ${String(failed[0].reason)}`);
  return { sent: due.length, skipped: rows.length - due.length };
}

function digestWhere(now: Date): Prisma.NotificationWhereInput {
  return {
    emailedAt: null,
    createdAt: { gte: new Date(now.getTime() - 2 * DAY), lte: now },
    user: { status: "ACTIVE", alertPreference: { is: { emailMode: "DAILY_DIGEST" } } },
  };
}

/** One user's digest as it would be sent now (null: nothing due); sendDigests sends exactly this. */
export async function digestFor(userId: string, now = new Date()) {
  const stored = await db.notification.findMany({
    where: { ...digestWhere(now), userId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      ...mailItemSelect,
      user: {
        select: { email: true, name: true, locale: true, alertPreference: { select: { unsubscribeToken: true } } },
      },
    },
  });
  const items = await redactForReaders(stored.map(inReaderLocale));
  const publicIds = await stillPublicChallengeIds(items.map((i) => i.challengeId));
  const due = items.filter((i) => i.type !== "CHALLENGE_MATCH" || (i.challengeId && publicIds.has(i.challengeId)));
  // The partnership desk's overdue proposals (issue 17): a section of their own, sent even on a quiet day.
  const overdue = await overdueDigestFor(userId, now);
  if (!due.length && !overdue) return null;
  const user = due[0]?.user ?? overdue!.user;
  const token = user.alertPreference!.unsubscribeToken;
  return {
    to: user.email,
    unsubscribeToken: token,
    ids: due.map((i) => i.id),
    overdue: !!overdue,
    mail: digestMail({
      locale: readerLocale(user.locale),
      name: user.name,
      items: due,
      unsubscribeToken: token,
      extra: overdue?.section,
    }),
  };
}

/**
 * The daily digest: for each DAILY_DIGEST user, one e-mail with the notifications not yet
 * e-mailed, grouped by challenge, newest first. Looks back two days so a digest run that was late
 * or retried loses nothing; emailedAt keeps anything from being sent twice.
 */
export async function sendDigests(now = new Date()): Promise<{ users: number; notifications: number }> {
  const withNotices = await db.notification.findMany({
    where: digestWhere(now),
    distinct: ["userId"],
    select: { userId: true },
  });
  const users = [...new Set([...withNotices.map((u) => u.userId), ...(await overdueDigestUserIds(now))])];
  let count = 0;
  for (const userId of users) {
    const digest = await digestFor(userId, now);
    if (!digest) continue;
    // The overdue list goes out once a day: a retry after this mail was sent finds no notices and must not resend it.
    const claimed = digest.overdue && (await claimOverdueDigest(userId, now));
    if (!digest.ids.length && !claimed) continue;
    try {
      await sendMail({ to: digest.to, unsubscribeToken: digest.unsubscribeToken, ...digest.mail });
    } catch (e) {
      if (claimed) await releaseOverdueDigest(userId, now);
      throw e;
    }
    await db.notification.updateMany({
      where: { id: { in: digest.ids }, emailedAt: null },
      data: { emailedAt: new Date() },
    });
    count += digest.ids.length;
  }
  return { users: users.length, notifications: count };
}
