import "server-only";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { jobNames } from "@/lib/jobs/registry";
import { logger } from "@/lib/log";

// /api/ready: may this instance take traffic? Each check has its own deadline, so a hung database
// answers "not ready" in about 2 s instead of holding the load balancer's probe open.

export type Check = { ok: boolean; ms: number; error?: string; backend?: string };
export type Readiness = { status: "ok" | "degraded" | "fail"; checks: Record<"database" | "queue" | "search", Check> };

const TIMEOUT_MS = 2_000;

/** What the public endpoint says: a category only. Hosts, ports and driver text go to the log. */
function category(e: unknown): string {
  const text = `${e instanceof Error ? e.message : String(e)} ${(e as { code?: unknown })?.code ?? ""} ${(e as { cause?: { code?: unknown } })?.cause?.code ?? ""}`;
  if (/timed out|timeout/i.test(text)) return "timeout";
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|terminat|connect|fetch failed/i.test(text)) return "unreachable";
  if (/not installed/.test(text)) return "not installed";
  return "error";
}

async function timed(name: string, fn: () => Promise<string | void>): Promise<Check> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    const backend = await Promise.race([fn(), deadline]);
    return { ok: true, ms: Date.now() - started, ...(backend ? { backend } : {}) };
  } catch (e) {
    logger.warn("readiness check failed", { component: "ready", check: name, err: e });
    return { ok: false, ms: Date.now() - started, error: category(e) };
  } finally {
    clearTimeout(timer);
  }
}

async function searchCheck(): Promise<string> {
  const host = process.env.MEILISEARCH_HOST;
  if (!host) return "postgres"; // the PostgreSQL backend lives in the database checked above
  const res = await fetch(new URL("/health", host), { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!res.ok) throw new Error(`meilisearch /health answered ${res.status}`);
  return "meilisearch";
}

export async function checkReadiness(): Promise<Readiness> {
  const [database, queue, search] = await Promise.all([
    timed("database", async () => {
      await db.$queryRaw`SELECT 1`;
    }),
    timed("queue", async () => {
      const boss = await getBoss();
      if (!(await boss.getQueue(jobNames[0]))) throw new Error("pg-boss queues are not installed");
    }),
    timed("search", searchCheck),
  ]);
  // Search falls back to PostgreSQL when Meilisearch is down (lib/search/index.ts), so a failed
  // search check degrades this instance rather than taking every instance out of rotation.
  const status = !database.ok || !queue.ok ? "fail" : search.ok ? "ok" : "degraded";
  return { status, checks: { database, queue, search } };
}
