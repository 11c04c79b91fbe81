// npm run search:relevance — precision@5 and MRR of the active search backend over the judged
// queries in tests/search/judged-queries.json (Meilisearch when MEILISEARCH_HOST is set, PostgreSQL
// otherwise). Run on the demo seed (`npm run db:seed`); the scale seed adds thousands of look-alike
// demo rows that the judgements do not cover.
//   precision@5 = relevant ids in the top 5 / min(5, number of relevant ids)
//   MRR         = mean over queries of 1 / rank of the first relevant id (0 when none in the top 20)
import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";

type Judged = { q: string; kind: "CASE" | "CHALLENGE" | "COMPANY"; relevant: string[]; note?: string };
const file = path.resolve(import.meta.dirname, "../tests/search/judged-queries.json");
const { queries } = JSON.parse(readFileSync(file, "utf8")) as { queries: Judged[] };

const database = await resolveDatabase();
await applyMigrations(database.url);
const { db } = await import("../lib/db");
const { getSearchBackend } = await import("../lib/search/index");
try {
  const backend = await getSearchBackend();
  let p5 = 0;
  let mrr = 0;
  const misses: string[] = [];
  for (const j of queries) {
    const r = await backend.search({ kind: j.kind, q: j.q, perPage: 20 });
    const ids = r.hits.map((h) => h.id);
    const top5 = ids.slice(0, 5);
    const hit = j.relevant.filter((id) => top5.includes(id)).length;
    const p = hit / Math.min(5, j.relevant.length);
    const first = ids.findIndex((id) => j.relevant.includes(id));
    p5 += p;
    mrr += first >= 0 ? 1 / (first + 1) : 0;
    if (p < 1)
      misses.push(
        `  ${j.q} (${j.kind}): P@5 ${p.toFixed(2)}, first relevant at ${first >= 0 ? first + 1 : "—"}; top 5: ${top5.join(", ")}`,
      );
  }
  console.log(`Search relevance (${backend.name}, ${queries.length} judged queries)
  precision@5 ${(p5 / queries.length).toFixed(3)}
  MRR         ${(mrr / queries.length).toFixed(3)}${misses.length ? `\nbelow 1.0:\n${misses.join("\n")}` : ""}`);
} finally {
  await (await import("../lib/search/pool")).closeSearchPool();
  await db.$disconnect();
  await database.stop();
}
