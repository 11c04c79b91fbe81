import "server-only";
import { db } from "@/lib/db";
import { notify, type NotificationInput } from "@/lib/notifications/outbox";

// Daily jobs (budget reminders, stale digest) notify with a dedupe key; the unique key already makes
// a rerun add nothing, and reading the keys first lets the job report how many were really new.
/** Writes the items not sent before, in one transaction per batch; returns how many were new. */
export async function notifyNew(items: NotificationInput[]): Promise<number> {
  if (items.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const keys = items.map((i) => i.dedupeKey!).filter(Boolean);
    const seen = new Set((await tx.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey));
    const fresh = items.filter((i) => !seen.has(i.dedupeKey!));
    await notify(tx, fresh);
    return fresh.length;
  });
}
