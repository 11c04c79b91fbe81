// npm run bench:search — the search page's work (first page + total + facet counts) for 24 queries
// × 3 kinds, through the active search backend and through the naive way (ILIKE '%q%' over the
// source tables, same filters, same three answers), in one run on the same database.
// Database: scripts/lib/database.ts (DATABASE_URL, else the embedded one under .data/ or
// KYOSO_DATA_DIR). Needs the scale seed: `npm run db:seed -- --scale` (this script checks).
// Options: BENCH_ROUNDS (5) — timed rounds after one warm-up round; BENCH_TUNING — other values for the
// PostgreSQL backend's walk thresholds, e.g. '{"dense":0}' (lib/search/postgres/tuning.ts, docs/search.md).
import { registerHooks } from "node:module";
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { naiveSearch } from "./lib/naive-search";

registerHooks({
  resolve: (s, c, next) => (s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c)),
});

export const BENCH_QUERIES = [
  "町",
  "市",
  "鍵",
  "防災",
  "空き家",
  "子育て",
  "スマートロック",
  "すまーとろっく",
  "ｽﾏｰﾄﾛｯｸ",
  "チャットボット",
  "AI",
  "観光",
  "高齢者",
  "見守り",
  "ふるさと納税",
  "電子申請",
  "避難所",
  "農業",
  "ドローン",
  "交通",
  "デジタル 防災",
  "公共施設 予約",
  "健康",
  "株式会社",
];
const KINDS = ["CASE", "CHALLENGE", "COMPANY"] as const;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const pct = (xs: number[], p: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms · max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

const database = await resolveDatabase();
await applyMigrations(database.url);
const { db } = await import("../lib/db");
const { getSearchBackend } = await import("../lib/search/index");
try {
  const companies = await db.organization.count({ where: { id: { startsWith: "demo-company-" } } });
  const indexed = await db.searchEntry.count();
  if (companies < 25_000)
    throw new Error(
      `the scale seed is missing (${companies} demo companies): run \`npm run db:seed -- --scale\` first`,
    );
  const backend = await getSearchBackend();
  const tuning = process.env.BENCH_TUNING ? JSON.parse(process.env.BENCH_TUNING) : null;
  if (tuning) Object.assign((await import("../lib/search/postgres")).tuning, tuning);
  if (backend.name === "postgres" && indexed < 30_000)
    throw new Error(`the search index has ${indexed} rows: run \`npm run search:reindex\``);
  console.log(
    `[bench] backend ${backend.name}; ${companies.toLocaleString()} demo companies; ${BENCH_QUERIES.length} queries × ${KINDS.length} kinds × ${ROUNDS} rounds${tuning ? `; tuning ${JSON.stringify(tuning)}` : ""}`,
  );

  const ours: number[] = [];
  const naive: number[] = [];
  const totals: string[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const q of BENCH_QUERIES) {
      for (const kind of KINDS) {
        let s = performance.now();
        const r = await backend.search({ kind, q });
        const a = performance.now() - s;
        s = performance.now();
        const n = await naiveSearch(db, kind, q);
        const b = performance.now() - s;
        if (round === 0) {
          totals.push(`${q}/${kind}: ${r.total} vs naive ${n.total}`);
          continue; // warm-up: caches, plans, connections
        }
        ours.push(a);
        naive.push(b);
        if (process.env.BENCH_VERBOSE)
          console.log(`  ${q}/${kind}: ${a.toFixed(1)} ms (${r.total}) · naive ${b.toFixed(1)} ms`);
      }
    }
  }
  const ratio = pct(naive, 95) / pct(ours, 95);
  console.log(`
Search benchmark (first page + total + facets; ${KINDS.length} kinds)
  ${backend.name.padEnd(11)} ${fmt(ours)}
  naive ILIKE ${fmt(naive)}
  ratio (naive p95 / backend p95): ${ratio.toFixed(1)}× · p50 ratio ${(pct(naive, 50) / pct(ours, 50)).toFixed(1)}×
  goals: backend p95 ≤ 10 ms → ${pct(ours, 95) <= 10 ? "met" : "MISSED"}; ≥ 20× faster than naive → ${ratio >= 20 ? "met" : "MISSED"}
  hits (backend vs naive; the backend also matches kana/width variants and names): ${totals.slice(0, 12).join(" · ")} …`);
} finally {
  await (await import("../lib/search/pool")).closeSearchPool();
  await db.$disconnect();
  await database.stop();
}
process.exit(0);
