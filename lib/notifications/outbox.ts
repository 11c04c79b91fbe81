import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { enqueueMany } from "@/lib/jobs/enqueue";

export type NotificationInput = {
  userId: string;
  type: NotificationType;
  title: string;
  body?: string;
  url: string;
  challengeId?: string;
  threadId?: string;
  /** For notifications not about one challenge (daily reminders, digests): a retried job adds nothing twice. */
  dedupeKey?: string;
};

/** How many notifications one e-mail job carries: small enough to retry cheaply. */
export const EMAIL_BATCH = 50;

/**
 * Records notifications inside the caller's transaction (transactional outbox): if the change
 * that causes them rolls back, so do they and their e-mail jobs; if it commits, the worker
 * delivers the e-mails (immediately, or in the daily digest, as each user chose).
 * Callers pass the transaction client they are already using. Returns how many rows were new.
 */
export async function notify(tx: Prisma.TransactionClient, items: NotificationInput[]): Promise<number> {
  if (items.length === 0) return 0;
  // skipDuplicates: (userId, type, challengeId) is unique, so a retried caller adds nothing twice;
  // only rows created now get an e-mail job.
  const created = await tx.notification.createManyAndReturn({
    data: items,
    skipDuplicates: true,
    select: { id: true },
  });
  await enqueueEmails(
    tx,
    created.map((r) => r.id),
  );
  return created.length;
}

async function enqueueEmails(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  const batches: { notificationIds: string[] }[] = [];
  for (let i = 0; i < ids.length; i += EMAIL_BATCH) batches.push({ notificationIds: ids.slice(i, i + EMAIL_BATCH) });
  await enqueueMany(tx, "notification.email", batches);
}
