import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { enqueueMany } from "@/lib/jobs/enqueue";
import type { Locale } from "@/lib/i18n/config";
import { readerLocale } from "@/lib/mail/i18n";
import { renderNotice, type NoticeMessage } from "./notice";

type Common = {
  userId: string;
  type: NotificationType;
  url: string;
  challengeId?: string;
  threadId?: string;
  /** For notifications not about one challenge (daily reminders, digests): a retried job adds nothing twice. */
  dedupeKey?: string;
};

/**
 * Either text written as it is (a person's words, older callers), or a message of ours rendered in
 * each recipient's locale (User.locale) and kept in Notification.data with `meta` beside it, or (for
 * computed texts such as the daily 停滞 counts) a function of the recipient's locale.
 */
export type NotificationInput = Common &
  (
    | { title: string; body?: string; message?: never; meta?: never; localized?: never }
    | { message: NoticeMessage; meta?: Record<string, string>; title?: never; body?: never; localized?: never }
    | { localized: (locale: Locale) => { title: string; body: string | null }; title?: never; message?: never }
  );

/** How many notifications one e-mail job carries: small enough to retry cheaply. */
export const EMAIL_BATCH = 50;

/**
 * Types whose e-mail is not sent one by one: a coordinator dragging a card through three stages
 * would otherwise send three e-mails in a minute. Their e-mail is coalesced by the match.stage-mail
 * job (lib/notifications/stage-mail.ts); the notice in the centre is still immediate.
 */
export const COALESCED_EMAIL_TYPES: ReadonlySet<NotificationType> = new Set(["MATCH_STAGE_CHANGED"]);

/**
 * Records notifications inside the caller's transaction (transactional outbox): if the change
 * that causes them rolls back, so do they and their e-mail jobs; if it commits, the worker
 * delivers the e-mails (immediately, or in the daily digest, as each user chose).
 * Callers pass the transaction client they are already using. Returns how many rows were new.
 */
export async function notify(tx: Prisma.TransactionClient, items: NotificationInput[]): Promise<number> {
  if (items.length === 0) return 0;
  const data = await renderForReaders(tx, items);
  // skipDuplicates: (userId, type, challengeId) is unique, so a retried caller adds nothing twice;
  // only rows created now get an e-mail job.
  const created = await tx.notification.createManyAndReturn({
    data,
    skipDuplicates: true,
    select: { id: true, type: true },
  });
  await enqueueEmails(
    tx,
    created.filter((r) => !COALESCED_EMAIL_TYPES.has(r.type)).map((r) => r.id),
  );
  return created.length;
}

async function renderForReaders(
  tx: Prisma.TransactionClient,
  items: NotificationInput[],
): Promise<Prisma.NotificationCreateManyInput[]> {
  const readers = [...new Set(items.filter((i) => i.message || i.localized).map((i) => i.userId))];
  const locales = new Map(
    readers.length
      ? (await tx.user.findMany({ where: { id: { in: readers } }, select: { id: true, locale: true } })).map((u) => [
          u.id,
          readerLocale(u.locale),
        ])
      : [],
  );
  // A fan-out sends one message to a thousand readers: render it once per locale.
  const rendered = new Map<string, { title: string; body: string | null }>();
  const render = (locale: Locale, message: NoticeMessage) => {
    const key = `${locale}\u0000${JSON.stringify(message)}`;
    if (!rendered.has(key)) rendered.set(key, renderNotice(locale, message));
    return rendered.get(key)!;
  };
  return items.map(({ userId, type, url, challengeId, threadId, dedupeKey, ...text }) => {
    const common = { userId, type, url, challengeId, threadId, dedupeKey };
    const locale = locales.get(userId) ?? readerLocale(null);
    if (text.localized) return { ...common, ...text.localized(locale) };
    if (!text.message) return { ...common, title: text.title, body: text.body };
    return { ...common, ...render(locale, text.message), data: { ...text.meta, ...text.message } };
  });
}

async function enqueueEmails(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  const batches: { notificationIds: string[] }[] = [];
  for (let i = 0; i < ids.length; i += EMAIL_BATCH) batches.push({ notificationIds: ids.slice(i, i + EMAIL_BATCH) });
  await enqueueMany(tx, "notification.email", batches);
}
