// npm run search:relevance — nDCG@10 and recall@20 per search backend over the judged queries in
// tests/search/judged-queries.json (graded by content; lib/search/relevance.ts scores them): PostgreSQL
// always, Meilisearch too when MEILISEARCH_HOST is set (its index as `npm run search:reindex` wrote it).
// Run on the demo seed (`npm run db:seed`); the scale seed adds thousands of look-alike demo rows that the
// judgements do not cover. `--misses` lists every query below 1.0. `--write-corpus` also writes the indexed
// documents to tests/search/corpus.json, which lib/search/relevance.test.ts indexes to hold the goals: run it
// after changing the seed's cases, challenges or companies, and judge any new document.
import { readFileSync, writeFileSync } from "node:fs";
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

async function writeCorpus() {
  const rows = await db.$queryRaw<
    { kind: string; id: string; title: string; body: string; keywords: string; date: Date; demo: boolean }[]
  >`
    SELECT e.kind, e.id, e.title, e.body, e.keywords, e.date,
      coalesce((SELECT "isDemo" FROM "Case" c WHERE e.kind = 'CASE' AND c.id = e.id), false)
        OR coalesce((SELECT "isDemo" FROM "Challenge" c WHERE e.kind = 'CHALLENGE' AND c.id = e.id), false) AS demo
    FROM "SearchEntry" e WHERE e.id NOT LIKE 'cm%' ORDER BY e.kind, e.id`;
  const docs = rows.map(({ date, demo, ...r }) => ({
    ...r,
    date: date.toISOString(),
    ...(demo ? { isDemo: true } : {}),
  }));
  const out = path.resolve(import.meta.dirname, "../tests/search/corpus.json");
  writeFileSync(out, `[\n${docs.map((d) => JSON.stringify(d)).join(",\n")}\n]\n`);
  console.log(`wrote ${docs.length} documents to ${path.relative(process.cwd(), out)}`);
}

try {
  if (process.argv.includes("--write-corpus")) await writeCorpus();
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
