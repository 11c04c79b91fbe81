// npm run search:relevance — nDCG@10 and recall@20 per search backend over the judged queries in
// tests/search/judged-queries.json (graded by content; lib/search/relevance.ts scores them): PostgreSQL
// always, Meilisearch too when MEILISEARCH_HOST is set (its index as `npm run search:reindex` wrote it).
// Run on the demo seed (`npm run db:seed`); the scale seed adds thousands of look-alike demo rows that the
// judgements do not cover. `--misses` lists every query below 1.0.
import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import type { JudgedQuery, RelevanceReport } from "../lib/search/relevance";

const file = path.resolve(import.meta.dirname, "../tests/search/judged-queries.json");
const { queries } = JSON.parse(readFileSync(file, "utf8")) as { queries: JudgedQuery[] };
const showMisses = process.argv.includes("--misses");

const database = await resolveDatabase();
await applyMigrations(database.url);
const { db } = await import("../lib/db");
const { postgresBackend } = await import("../lib/search/postgres");
const { GOALS, measureRelevance } = await import("../lib/search/relevance");

function print(name: string, report: RelevanceReport) {
  const mark = (value: number, goal: number) =>
    `${value.toFixed(3)} ${value >= goal ? "(goal met)" : `(goal ${goal})`}`;
  console.log(`Search relevance (${name}, ${queries.length} judged queries)
  nDCG@10   ${mark(report.ndcg, GOALS.ndcg)}
  recall@20 ${mark(report.recall, GOALS.recall)}`);
  const misses = report.scores.filter((s) => s.ndcg < 1 || s.recall < 1);
  if (showMisses)
    for (const s of misses)
      console.log(
        `  ${s.query.q} (${s.query.kind}): nDCG ${s.ndcg.toFixed(2)}, recall ${s.recall.toFixed(2)}; top: ${s.ids.slice(0, 5).join(", ") || "—"}`,
      );
  else if (misses.length) console.log(`  ${misses.length} queries below 1.0 (--misses lists them)`);
}

try {
  print("postgres", await measureRelevance(postgresBackend, queries));
  const host = process.env.MEILISEARCH_HOST;
  if (host) {
    const { createMeilisearchBackend } = await import("../lib/search/meilisearch");
    print(
      "meilisearch",
      await measureRelevance(createMeilisearchBackend({ host, apiKey: process.env.MEILISEARCH_API_KEY }), queries),
    );
  } else console.log("meilisearch: skipped (MEILISEARCH_HOST is not set)");
} finally {
  await (await import("../lib/search/pool")).closeSearchPool();
  await db.$disconnect();
  await database.stop();
}
