// The builtin engine of scripts/lib/backup.ts (see there for when it is used). File format, gzipped
// lines: a JSON header {kyosoBackup: 1, migrations, queues, sequences}, then per table
// `#table {table, columns}`, one JSON object per row (row_to_json), `#end {end, rows}`. Values round-trip through
// PostgreSQL's own JSON conversion (json_populate_recordset), so enums, arrays, jsonb, bytea and
// timestamps come back exactly; generated columns are left out and recomputed.
import { createReadStream, createWriteStream, readdirSync, renameSync } from "node:fs";
import { once } from "node:events";
import readline from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { queueOptions } from "../../lib/jobs/registry";
import { applyMigrations, migrationsDir } from "./migrate";

type Header = {
  kyosoBackup: 1;
  createdAt: string;
  migrations: string[];
  queues: string[];
  sequences: { name: string; value: string; called: boolean }[];
};

// pg-boss rebuilds its own runtime tables (version, queue, instance, stats); only these hold work.
const PGBOSS_DATA = ["job", "schedule", "subscription", "job_dependency"];
const TABLES_SQL = `
  SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND (n.nspname = 'public' AND c.relname <> '_prisma_migrations' OR n.nspname = 'pgboss' AND c.relname = ANY($1))
  ORDER BY n.nspname DESC, c.relname`;

async function columns(c: pg.Client, table: string): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    "SELECT quote_ident(attname) AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
    [table],
  );
  return rows.map((r) => r.name);
}

export async function builtinBackup(url: string, file: string): Promise<{ tables: number; rows: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const tmp = `${file}.partial`;
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(tmp, { mode: 0o600 }));
  const write = async (v: unknown) => {
    if (!gzip.write(`${typeof v === "string" ? v : JSON.stringify(v)}\n`)) await once(gzip, "drain");
  };
  let total = 0;
  try {
    // One snapshot for every table, as pg_dump does: a backup taken while users work is consistent.
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await c.query<{ n: string }>(
        "SELECT migration_name AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1",
      )
    ).rows.map((r) => r.n);
    const hasBoss =
      (await c.query("SELECT 1 FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'queue'")).rowCount === 1;
    const queues = hasBoss
      ? (await c.query<{ name: string }>("SELECT name FROM pgboss.queue ORDER BY name")).rows.map((r) => r.name)
      : [];
    const seqNames = (
      await c.query<{ name: string }>(
        "SELECT format('%I.%I', schemaname, sequencename) AS name FROM pg_sequences WHERE schemaname IN ('public', 'pgboss')",
      )
    ).rows;
    const sequences = [];
    for (const { name } of seqNames) {
      const { rows } = await c.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${name}`,
      );
      sequences.push({ name, value: rows[0].last_value, called: rows[0].is_called });
    }
    const header: Header = { kyosoBackup: 1, createdAt: new Date().toISOString(), migrations, queues, sequences };
    await write(header);
    const tables = (await c.query<{ name: string }>(TABLES_SQL, [PGBOSS_DATA])).rows.map((r) => r.name);
    for (const table of tables) {
      const cols = await columns(c, table);
      await write(`#table ${JSON.stringify({ table, columns: cols })}`);
      await c.query(
        `DECLARE rows_cur NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM (SELECT ${cols.join(", ")} FROM ${table}) t`,
      );
      let n = 0;
      for (;;) {
        const { rows } = await c.query<{ j: string }>("FETCH 2000 FROM rows_cur");
        for (const r of rows) await write(r.j);
        n += rows.length;
        if (rows.length < 2000) break;
      }
      await c.query("CLOSE rows_cur");
      await write(`#end ${JSON.stringify({ end: table, rows: n })}`);
      total += n;
    }
    await c.query("COMMIT");
    gzip.end();
    await once(out, "finish");
    renameSync(tmp, file); // a backup cut short never looks like a finished one
    return { tables: tables.length, rows: total };
  } finally {
    gzip.destroy();
    await c.end();
  }
}

async function isEmpty(c: pg.Client): Promise<boolean> {
  const { rows } = await c.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname IN ('public', 'pgboss')",
  );
  return rows[0].n === 0;
}

export async function builtinRestore(
  url: string,
  file: string,
  opts: { clean?: boolean },
): Promise<{ tables: number; rows: number }> {
  const lines = readline
    .createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
    [Symbol.asyncIterator]();
  const first = await lines.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.kyosoBackup !== 1) throw new Error(`${file} is not a Kyoso Hub backup`);
  const local = new Set(
    readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
  const unknown = header.migrations.filter((m) => !local.has(m));
  if (unknown.length)
    throw new Error(
      `the backup was taken by a newer version (migrations ${unknown.join(", ")}); restore it with that version`,
    );

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let total = 0;
  let tables = 0;
  try {
    if (!(await isEmpty(c))) {
      if (!opts.clean) throw new Error("the target database is not empty; restore into a new database or pass --clean");
      await c.query("DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }
    // The schema comes from the code: migrations (same names as the backup's, or newer), then pg-boss.
    await applyMigrations(url);
    if (header.queues.length) {
      const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false, max: 2 });
      await boss.start();
      for (const name of header.queues) {
        if (!(await boss.getQueue(name)))
          await boss.createQueue(name, { ...(queueOptions as Record<string, object>)[name] });
      }
      await boss.stop({ graceful: false, close: true });
    }
    await c.query("BEGIN");
    // Rows are loaded table by table in file order; foreign keys are checked by the source already.
    await c.query("SET LOCAL session_replication_role = replica");
    let table = "";
    let cols: string[] = [];
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length) return;
      await c.query(
        `INSERT INTO ${table} (${cols.join(", ")}) SELECT ${cols.join(", ")} FROM json_populate_recordset(null::${table}, $1::json)`,
        [`[${batch.join(",")}]`],
      );
      total += batch.length;
      batch = [];
    };
    for await (const line of { [Symbol.asyncIterator]: () => lines }) {
      if (line.startsWith("#table ")) {
        ({ table, columns: cols } = JSON.parse(line.slice(7)) as { table: string; columns: string[] });
        tables++;
      } else if (line.startsWith("#end ")) {
        await flush();
      } else if (line) {
        batch.push(line);
        if (batch.length >= 500) await flush();
      }
    }
    for (const s of header.sequences)
      await c.query("SELECT setval($1::regclass, $2::bigint, $3)", [s.name, s.value, s.called]);
    await c.query("COMMIT");
    return { tables, rows: total };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}
