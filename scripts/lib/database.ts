// The one place that decides which PostgreSQL the scripts use: DATABASE_URL when set,
// otherwise the embedded server under .data/ (kept between runs).
import path from "node:path";
import { startEmbeddedPostgres, type RunningDb } from "./embedded-db";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_DATA_DIR = process.env.KYOSO_DATA_DIR
  ? path.resolve(process.env.KYOSO_DATA_DIR)
  : path.join(projectRoot, ".data/postgres");
export const DEFAULT_PORT = 54329;

export async function resolveDatabase(
  opts: { dataDir?: string; quiet?: boolean } = {},
): Promise<RunningDb & { embedded: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  const db = await startEmbeddedPostgres({
    dir: opts.dataDir ?? DEFAULT_DATA_DIR,
    database: "kyoso",
    port: DEFAULT_PORT,
    quiet: opts.quiet ?? true,
  });
  process.env.DATABASE_URL = db.url;
  return { ...db, embedded: true };
}
