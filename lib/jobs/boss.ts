import "server-only";
import { PgBoss, type ConstructorOptions } from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { jobNames, queueOptions } from "./registry";

// Two kinds of pg-boss instance. The web app only PRODUCES jobs: it needs the queue cache and a
// couple of connections, never maintenance or cron. The worker (scripts/worker.ts) runs the full
// instance. Both install/upgrade the `pgboss` schema on start (pg-boss takes an advisory lock),
// so whichever process starts first on a fresh database prepares it.
const globalForBoss = globalThis as unknown as { kyosoBoss?: Promise<PgBoss>; kyosoBossSchema?: string };

/**
 * Tests that run a real worker use a schema of their own, so the worker never takes jobs that
 * other test files (sharing the database) enqueue and check themselves. Call before first use.
 */
export function useJobSchema(schema: string): void {
  globalForBoss.kyosoBossSchema = schema;
}

function connection(): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set (start through npm run dev / demo)");
  return env.DATABASE_URL;
}

export async function startBoss(options: Partial<ConstructorOptions> = {}): Promise<PgBoss> {
  const schema = globalForBoss.kyosoBossSchema;
  const boss = new PgBoss({ connectionString: connection(), ...(schema ? { schema } : {}), ...options });
  boss.on("error", (e) => logger.error("pg-boss error", { component: "jobs", err: e }));
  await boss.start();
  for (const name of jobNames) {
    if (await boss.getQueue(name)) continue;
    // Two processes starting at once may both try; the loser's error is harmless.
    await boss.createQueue(name, { ...queueOptions[name], notify: true }).catch(async (e) => {
      if (!(await boss.getQueue(name))) throw e;
    });
  }
  return boss;
}

/** The producer for this process, started on first use and kept across dev reloads. */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.kyosoBoss ??= startBoss({ max: 3, supervise: false, schedule: false, registerInstance: false }).catch(
    (e) => {
      globalForBoss.kyosoBoss = undefined;
      throw e;
    },
  );
  return globalForBoss.kyosoBoss;
}

/** Tests and scripts that started the producer stop it so the process can exit. */
export async function stopBoss(): Promise<void> {
  const p = globalForBoss.kyosoBoss;
  globalForBoss.kyosoBoss = undefined;
  if (p) await (await p).stop({ graceful: false, close: true });
}
