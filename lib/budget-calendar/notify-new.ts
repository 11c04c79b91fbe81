import "server-only";
import { db } from "@/lib/db";
import { notify, type NotificationInput } from "@/lib/notifications/outbox";

/**
 * Daily jobs (budget reminders, stale digest) notify with a dedupe key, so a rerun adds nothing;
 * notify() skips the duplicates and says how many rows were new, which the job reports.
 */
export async function notifyNew(items: NotificationInput[]): Promise<number> {
  if (items.length === 0) return 0;
  return db.$transaction((tx) => notify(tx, items));
}
