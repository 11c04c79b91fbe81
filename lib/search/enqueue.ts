import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";
import type { SearchKind } from "./types";
import { PAGE_CACHE_CHANNEL } from "@/lib/page-cache/channel";

/**
 * Call inside the transaction that creates, changes or deletes a case, challenge or company (or
 * changes who may see it): the job commits with the change (outbox), and the worker then indexes
 * or removes the document. Enqueue on every change, public or not — the job decides.
 */
export async function enqueueIndex(tx: Prisma.TransactionClient, kind: SearchKind, id: string): Promise<void> {
  await enqueue(tx, "search.index", { kind, id });
  await notifyPublicChange(tx);
}

/** Anonymous pages may have changed: every app instance empties its page cache when this commits (lib/page-cache). */
async function notifyPublicChange(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PAGE_CACHE_CHANNEL}, '')`;
}
