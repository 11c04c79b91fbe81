import { z } from "zod";
import { postgresBackend } from "./postgres";
import type { SearchBackend } from "./types";

// Meilisearch when MEILISEARCH_HOST is set (docker-compose, production), PostgreSQL otherwise (the
// embedded server here and in CI). Read per call rather than from lib/env.ts at import time, so a
// script or test can pick the backend through the environment it sets.
const meiliEnv = z.object({ MEILISEARCH_HOST: z.string().url().optional(), MEILISEARCH_API_KEY: z.string().min(1).optional() });

let meili: { key: string; backend: SearchBackend } | null = null;
let override: SearchBackend | null = null;

/** Contract tests run the service against each backend in turn. */
export function useSearchBackend(backend: SearchBackend | null): void {
  override = backend;
}

export async function getSearchBackend(): Promise<SearchBackend> {
  if (override) return override;
  const env = meiliEnv.parse({ MEILISEARCH_HOST: process.env.MEILISEARCH_HOST || undefined, MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY || undefined });
  if (!env.MEILISEARCH_HOST) return postgresBackend;
  const key = `${env.MEILISEARCH_HOST}|${env.MEILISEARCH_API_KEY ?? ""}`;
  if (meili?.key !== key) {
    const { createMeilisearchBackend } = await import("./meilisearch");
    meili = { key, backend: createMeilisearchBackend({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY }) };
  }
  return meili.backend;
}
