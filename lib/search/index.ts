import { z } from "zod";
import { logger } from "@/lib/log";
import { postgresBackend } from "./postgres";
import type { SearchBackend } from "./types";

// Meilisearch when MEILISEARCH_HOST is set (docker-compose, production), PostgreSQL otherwise (the
// embedded server here and in CI). Read per call rather than from lib/env.ts at import time, so a
// script or test can pick the backend through the environment it sets.
//
// With Meilisearch, the PostgreSQL index is written as well, so that search keeps working when
// Meilisearch is unreachable: reads fall back to PostgreSQL (never a 500), and writes fail after the
// PostgreSQL copy is stored, so the search.index job is retried by pg-boss until Meilisearch is back.
const meiliEnv = z.object({
  MEILISEARCH_HOST: z.string().url().optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
});

/** A read that takes longer than this is treated as Meilisearch being down. */
const READ_TIMEOUT_MS = 3_000;
/** After a failure, go straight to PostgreSQL for this long instead of waiting on a dead host again. */
const COOL_DOWN_MS = 10_000;

let meili: { key: string; backend: SearchBackend } | null = null;
let override: SearchBackend | null = null;

/** Contract tests run the service against each backend in turn. */
export function useSearchBackend(backend: SearchBackend | null): void {
  override = backend;
}

/** Tests that change MEILISEARCH_HOST drop the cached backend (and its cool-down) with this. */
export function resetSearchBackend(): void {
  meili = null;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

/** Meilisearch first, PostgreSQL when it fails; both indexes written. */
export function withFallback(primary: SearchBackend, fallback: SearchBackend): SearchBackend {
  let downUntil = 0;
  async function read<T>(what: string, viaPrimary: () => Promise<T>, viaFallback: () => Promise<T>): Promise<T> {
    if (Date.now() < downUntil) return viaFallback();
    try {
      return await withTimeout(viaPrimary(), READ_TIMEOUT_MS);
    } catch (e) {
      downUntil = Date.now() + COOL_DOWN_MS;
      logger.warn("meilisearch unreachable; searching in PostgreSQL", { component: "search", op: what, err: e });
      return viaFallback();
    }
  }
  return {
    name: primary.name,
    // PostgreSQL first: its copy is what the fallback reads, and it lives in the database we trust.
    async setup() {
      await fallback.setup();
      await primary.setup();
    },
    async upsert(docs) {
      await fallback.upsert(docs);
      await primary.upsert(docs);
    },
    async remove(kind, ids) {
      await fallback.remove(kind, ids);
      await primary.remove(kind, ids);
    },
    async clear(kind) {
      await fallback.clear(kind);
      await primary.clear(kind);
    },
    search: (q) =>
      read(
        "search",
        () => primary.search(q),
        () => fallback.search(q),
      ),
    suggest: (q, limit, kinds) =>
      read(
        "suggest",
        () => primary.suggest(q, limit, kinds),
        () => fallback.suggest(q, limit, kinds),
      ),
  };
}

export async function getSearchBackend(): Promise<SearchBackend> {
  if (override) return override;
  const env = meiliEnv.parse({
    MEILISEARCH_HOST: process.env.MEILISEARCH_HOST || undefined,
    MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY || undefined,
  });
  if (!env.MEILISEARCH_HOST) return postgresBackend;
  const key = `${env.MEILISEARCH_HOST}|${env.MEILISEARCH_API_KEY ?? ""}`;
  if (meili?.key !== key) {
    const { createMeilisearchBackend } = await import("./meilisearch");
    meili = {
      key,
      backend: withFallback(
        createMeilisearchBackend({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY }),
        postgresBackend,
      ),
    };
  }
  return meili.backend;
}
