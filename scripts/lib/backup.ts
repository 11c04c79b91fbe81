// Backups for npm run db:backup / db:restore. Two engines:
// - "pg_dump": pg_dump -Fc / pg_restore, whenever a pg_dump at least as new as the server is on PATH
//   (or in PG_BIN). The production path: the postgres:18 image and managed services have one.
// - "builtin": for the embedded PostgreSQL 18, which ships no pg_dump (and Debian 12's pg_dump 15
//   refuses an 18 server). One REPEATABLE READ snapshot of every table's rows as JSON lines,
//   gzipped; restore rebuilds the schema from prisma/migrations and pg-boss, then loads the rows.
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { pgDumpFor, pgRestore } from "./backup-pg-dump";
import { builtinBackup, builtinRestore } from "./backup-builtin";

const run = promisify(execFile);
export type Engine = "pg_dump" | "builtin";

export async function serverMajor(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ v: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].v) / 10_000);
  } finally {
    await c.end();
  }
}

/** The pg_dump binary to use for this server, or null when none is new enough. */
export async function findPgDump(url: string): Promise<string | null> {
  const bin = process.env.PG_BIN ? path.join(process.env.PG_BIN, "pg_dump") : "pg_dump";
  try {
    const { stdout } = await run(bin, ["--version"]);
    const major = Number(/(\d+)(\.\d+)?/.exec(stdout)?.[1]);
    return major >= (await serverMajor(url)) ? bin : null;
  } catch {
    return null;
  }
}

export function backupFileName(engine: Engine, at = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `kyoso-${stamp}.${engine === "pg_dump" ? "dump" : "kyoso.jsonl.gz"}`;
}

export async function backupDatabase(
  url: string,
  opts: { dir: string; engine?: Engine; file?: string },
): Promise<{ file: string; engine: Engine; tables: number; rows: number }> {
  const pgDump = opts.engine === "builtin" ? null : await findPgDump(url);
  if (opts.engine === "pg_dump" && !pgDump) throw new Error("no pg_dump as new as the server was found (set PG_BIN)");
  const engine: Engine = pgDump ? "pg_dump" : "builtin";
  mkdirSync(opts.dir, { recursive: true });
  const file = opts.file ?? path.join(opts.dir, backupFileName(engine));
  if (pgDump) return { file, engine, ...(await pgDumpFor(pgDump, url, file)) };
  return { file, engine, ...(await builtinBackup(url, file)) };
}

export async function restoreDatabase(
  url: string,
  file: string,
  opts: { clean?: boolean } = {},
): Promise<{ engine: Engine; tables: number; rows: number }> {
  if (file.endsWith(".dump")) return { engine: "pg_dump", ...(await pgRestore(url, file, opts)) };
  return { engine: "builtin", ...(await builtinRestore(url, file, opts)) };
}

/** Row count and md5 of every application table (and pg-boss's job table), for comparing copies. */
export async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ name: string }>(`
      SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND (n.nspname = 'public' AND c.relname <> '_prisma_migrations' OR n.nspname = 'pgboss' AND c.relname IN ('job', 'schedule'))
      ORDER BY 1`);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      // Ordered by the row's text, so no primary key is needed and the order is the same in both copies.
      const { rows } = await c.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${name} t`,
      );
      out[name] = { rows: rows[0].n, md5: rows[0].md5 ?? "" };
    }
    return out;
  } finally {
    await c.end();
  }
}
