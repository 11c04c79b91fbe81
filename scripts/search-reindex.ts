// npm run search:reindex [-- --resume] [-- --kind CASE|CHALLENGE|COMPANY]
// Rebuilds the search index of the active backend (Meilisearch when MEILISEARCH_HOST is set,
// PostgreSQL otherwise) from the source tables, with a progress bar. After each batch the position
// is saved to .data/search-reindex.json; `--resume` continues an interrupted run from there.
import cliProgress from "cli-progress";
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";

const args = process.argv.slice(2);
const kindArg = args[args.indexOf("--kind") + 1];
const database = await resolveDatabase();
await applyMigrations(database.url);
const { db } = await import("../lib/db");
const { DEFAULT_CHECKPOINT, reindexAll } = await import("../lib/search/reindex");
const { SEARCH_KINDS } = await import("../lib/search/types");
const kinds = args.includes("--kind") ? SEARCH_KINDS.filter((k) => k === kindArg) : SEARCH_KINDS;
if (kinds.length === 0) throw new Error(`--kind must be one of ${SEARCH_KINDS.join(", ")}`);

const labels = { CASE: "事例", CHALLENGE: "課題", COMPANY: "企業" } as const;
const bars = new cliProgress.MultiBar(
  {
    format: " {bar} {percentage}% | {value}/{total} {label}",
    hideCursor: true,
    clearOnComplete: false,
    noTTYOutput: true,
    notTTYSchedule: 3000,
  },
  cliProgress.Presets.shades_classic,
);
const byKind = new Map<string, cliProgress.SingleBar>();
const started = performance.now();
try {
  const result = await reindexAll({
    kinds,
    resume: args.includes("--resume"),
    checkpointFile: DEFAULT_CHECKPOINT,
    onProgress: (kind, done, total) => {
      if (!byKind.has(kind)) byKind.set(kind, bars.create(total, done, { label: labels[kind] }));
      byKind.get(kind)!.update(done);
    },
  });
  bars.stop();
  if (result.backend === "postgres") await db.$executeRawUnsafe(`ANALYZE "SearchEntry"`);
  console.log(
    `検索インデックスを作り直しました（${result.backend}）：${Object.entries(result.counts)
      .map(([k, n]) => `${labels[k as keyof typeof labels]} ${n}`)
      .join("・")}（${((performance.now() - started) / 1000).toFixed(1)}秒）`,
  );
} catch (e) {
  bars.stop();
  console.error(`中断しました。続きから再開するには: npm run search:reindex -- --resume\n`, e);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
