import { Prisma } from "@/lib/generated/prisma/client";
import { termLength } from "../normalize";
import { searchQuery } from "../pool";
import type { SearchQuery } from "../types";
import { broadPageCtes } from "./broad-page";
import { facetFilters } from "./facets";
import { bucketGram } from "./grams";
import { everyTermInTitle, hasAllTerms, titleTypoMatch } from "./match";
import { pageOrder, typoScore } from "./rank";
import { resultSql, type ResultRow } from "./result";
import { ESTIMATE, statementParts, type StatementParts } from "./parts";
import { EXACT_LIMIT, SAMPLE_BUCKETS, WIDE_SAMPLE, WIDE_SAMPLE_BELOW } from "./tuning";

// Mode "all" (the search page): every term must match. One statement, in steps:
// 1. sample — the matches in sample bucket 0 (1/16, a cheap GIN lookup); their count × 16 is the
//    estimate that decides which of the two branches below runs (one-time filters; the other
//    branch is cut off before it reads anything);
// 2. exact (estimate ≤ EXACT_LIMIT) — every match, or, when there is none and a term has 3+ characters, the
//    title typo fallback; total, facets and ranking are exact;
// 3. estimate (estimate > EXACT_LIMIT) — total and facets from the sample (bucket 0 × 16, or buckets 0–3 × 4
//    when bucket 0 promises fewer than WIDE_SAMPLE_BELOW: ~250–1,000 rows either way), and the exact
//    first page found without reading every match (broad-page.ts).
// Counting and ranking every match was what made broad queries slow (「株式会社」 companies: 390 ms).

export async function searchAllTerms(q: SearchQuery, terms: string[]): Promise<ResultRow> {
  const parts = statementParts(q, terms, await facetFilters(q));
  const ctes = [
    ...sampleCtes(parts),
    ...exactMatchCtes(parts),
    countedCte(parts),
    exactPageCte(parts),
    ...broadPageCtes(parts),
    // The page: only one of the two branches has rows.
    Prisma.sql`page_ids AS (SELECT * FROM exact_page UNION ALL SELECT * FROM broad_page)`,
  ];
  const [row] = await searchQuery<ResultRow>(resultSql(q, "counted", Prisma.join(ctes, ", "), ESTIMATE));
  return scaleEstimate(row);
}

/** `sample`: the matches in bucket 0; `estimate`: their count scaled up (`total`) and, for a single term, how many of
 *  them have it in the title (`title_total`, which decides the title walk). */
function sampleCtes({ q, terms, where }: StatementParts): Prisma.Sql[] {
  const inTitle = terms.length === 1 ? everyTermInTitle(terms) : Prisma.sql`false`;
  return [
    Prisma.sql`sample AS MATERIALIZED (
      SELECT "facetCodes", ${inTitle} AS in_title FROM "SearchKey"
      WHERE ${where(hasAllTerms(q.kind, terms, [bucketGram(0)]))})`,
    Prisma.sql`estimate AS (
      SELECT count(*)::int * ${SAMPLE_BUCKETS} AS total,
        count(*) FILTER (WHERE in_title)::int * ${SAMPLE_BUCKETS} AS title_total
      FROM sample)`,
  ];
}

/** `matches`: every match (exact branch); `typo_matches`: the title typo fallback when `matches` is empty;
 *  `exact_matches`: both. */
function exactMatchCtes({ q, terms, where, match, score, exact }: StatementParts): Prisma.Sql[] {
  const matches = Prisma.sql`matches AS MATERIALIZED (
      SELECT id, "sortKey", ${score} AS score, "facetCodes" FROM "SearchKey"
      WHERE ${where(match)} AND ${exact})`;
  if (!terms.some((term) => termLength(term) >= 3))
    // Not materialised: its two readers scan `matches` itself instead of a second copy of every match.
    return [matches, Prisma.sql`exact_matches AS NOT MATERIALIZED (SELECT * FROM matches)`];
  return [
    matches,
    Prisma.sql`typo_matches AS MATERIALIZED (
      SELECT id, "sortKey", (${typoScore(terms)})::float8 AS score, "facetCodes" FROM "SearchKey"
      WHERE ${where(titleTypoMatch(q.kind, terms))} AND ${exact} AND NOT EXISTS (SELECT 1 FROM matches))`,
    Prisma.sql`exact_matches AS NOT MATERIALIZED (SELECT * FROM matches UNION ALL SELECT * FROM typo_matches)`,
  ];
}

/** The rows counted for total and facets: every match (exact branch), or the sample (estimate branch):
 *  bucket 0, plus buckets 1–3 when the estimate is below WIDE_SAMPLE_BELOW. */
function countedCte({ where, match, broad }: StatementParts): Prisma.Sql {
  const moreBuckets = Array.from({ length: WIDE_SAMPLE - 1 }, (_, i) => bucketGram(i + 1));
  const inMoreBuckets = Prisma.sql`grams && ${moreBuckets}::text[]`;
  return Prisma.sql`counted AS (
      SELECT "facetCodes" FROM exact_matches
      UNION ALL SELECT "facetCodes" FROM sample WHERE ${broad}
      UNION ALL SELECT "facetCodes" FROM "SearchKey"
        WHERE ${where(match, inMoreBuckets)} AND ${broad} AND ${ESTIMATE} < ${WIDE_SAMPLE_BELOW})`;
}

/** `exact_page`: the page of the exact branch, from every match in ranking order. */
function exactPageCte({ q, perPage, offset }: StatementParts): Prisma.Sql {
  return Prisma.sql`exact_page AS (
      SELECT id, score, "sortKey" FROM exact_matches
      ORDER BY ${pageOrder(q)} LIMIT ${perPage} OFFSET ${offset})`;
}

/** Estimates: the counted sample stands for SAMPLE_BUCKETS / buckets read matches each. The total is never
 *  reported at or below EXACT_LIMIT, where it would look exact. */
function scaleEstimate(row: ResultRow): ResultRow {
  const estimate = row.sampled ?? 0;
  if (estimate <= EXACT_LIMIT) return { ...row, sampled: null };
  const factor = estimate < WIDE_SAMPLE_BELOW ? SAMPLE_BUCKETS / WIDE_SAMPLE : SAMPLE_BUCKETS;
  return { ...row, total: Math.max(EXACT_LIMIT + 1, row.total * factor), factor };
}
