// npm run db:backup [-- --out FILE] [--engine pg_dump|builtin]
// Backs up DATABASE_URL (or the embedded database under .data/postgres) to
// .data/backups/kyoso-<UTC timestamp>.dump (pg_dump custom format) or .kyoso.jsonl.gz (builtin
// engine, when no pg_dump as new as the server exists: see scripts/lib/backup.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, type Engine } from "./lib/backup";
import { projectRoot, resolveDatabase } from "./lib/database";

const { values } = parseArgs({ options: { out: { type: "string" }, engine: { type: "string" } } });
const db = await resolveDatabase();
try {
  const started = Date.now();
  const r = await backupDatabase(db.url, {
    dir: path.join(projectRoot, ".data/backups"),
    file: values.out ? path.resolve(values.out) : undefined,
    engine: values.engine as Engine | undefined,
  });
  console.log(
    `バックアップを作成しました: ${r.file} (${r.engine}${r.rows >= 0 ? `, ${r.tables} テーブル ${r.rows} 行` : ""}, ${Date.now() - started} ms)`,
  );
} finally {
  await db.stop();
}
