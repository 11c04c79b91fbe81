// npm run db:restore -- FILE [--clean]
// Restores a backup made by npm run db:backup into DATABASE_URL (or the embedded database). The
// target must be empty (a new database) unless --clean is given, which DROPS everything in it first.
import { parseArgs } from "node:util";
import { restoreDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/database";

const { values, positionals } = parseArgs({
  options: { clean: { type: "boolean", default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("使い方: npm run db:restore -- <バックアップファイル> [--clean]");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  const started = Date.now();
  const r = await restoreDatabase(db.url, positionals[0], { clean: values.clean });
  console.log(
    `復元しました (${r.engine}${r.rows >= 0 ? `, ${r.tables} テーブル ${r.rows} 行` : ""}, ${Date.now() - started} ms)`,
  );
} catch (e) {
  console.error(`復元できませんでした: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
