import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";

export type NotificationInput = {
  userId: string;
  type: NotificationType;
  title: string;
  body?: string;
  url: string;
  challengeId?: string;
  threadId?: string;
};

/**
 * Records notifications inside the caller's transaction (transactional outbox): if the change
 * that causes them rolls back, so do they; if it commits, the worker delivers their e-mails.
 * Callers pass the transaction client they are already using.
 */
export async function notify(tx: Prisma.TransactionClient, items: NotificationInput[]): Promise<void> {
  if (items.length === 0) return;
  await tx.notification.createMany({ data: items, skipDuplicates: true });
}
