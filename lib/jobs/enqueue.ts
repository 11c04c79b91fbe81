import "server-only";
import { fromPrisma } from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getBoss } from "./boss";
import { getJob, type JobData, type JobName } from "./registry";

/**
 * Transactional outbox: the job row is inserted through the caller's Prisma transaction, so it
 * exists exactly when the change that caused it commits. A rollback takes the job with it; a crash
 * after commit leaves a durable row that the worker picks up when it runs again.
 */
export async function enqueue<N extends JobName>(
  tx: Prisma.TransactionClient,
  name: N,
  data: JobData<N>,
  options: { startAfterSeconds?: number; singletonKey?: string } = {},
): Promise<string | null> {
  const payload = getJob(name).schema.parse(data) as object;
  const boss = await getBoss();
  // On a "short" queue a job already waiting under the same singletonKey makes this a no-op (null).
  return boss.send(name, payload, {
    db: fromPrisma(tx),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  });
}

/** Several jobs of one kind in one INSERT, through the same transaction. */
export async function enqueueMany<N extends JobName>(
  tx: Prisma.TransactionClient,
  name: N,
  items: JobData<N>[],
): Promise<void> {
  if (items.length === 0) return;
  const { schema } = getJob(name);
  const boss = await getBoss();
  await boss.insert(
    name,
    items.map((d) => ({ data: schema.parse(d) as object })),
    { db: fromPrisma(tx) },
  );
}
