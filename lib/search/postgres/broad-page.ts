import { Prisma } from "@/lib/generated/prisma/client";
import { everyTermInTitle, someTermInTitle } from "./match";
import { isReal, pageOrder } from "./rank";
import { ESTIMATE, TITLE_ESTIMATE, type StatementParts } from "./parts";
import { tuning } from "./tuning";

// Step "page of a broad query" (mode "all", estimate branch, estimate > EXACT_LIMIT): the exact page
// without ranking every match. Every CTE here is empty unless that branch runs (`broad`); the page is
// `broad_page`.
// - Newest first (or no terms): `newest_walk` walks the kind's newest rows testing the terms row by row
//   when matches are dense; `newest_indexed` reads every match through the index when they are not, or
//   when the walk found too few.
// - By relevance: title matches first (`titled`), then the rest newest first (`rest`), the second part
//   only when the first has fewer than a page. Every title match of a single term scores the same, so
//   their (sortKey, id) order is the ranking, and `title_walk` may walk the newest rows for them when the
//   sample promises many (「株式会社」: 20 rows read instead of a bitmap of 25,000); else `title_indexed`
//   reads them through the title grams.
// A walk is a subquery with its own LIMIT, so a generic plan cannot turn it into a bitmap of every match
// and a sort (「市」 companies: 13,411 rows, 9 ms); it tests `grams` on the row (a TOAST read each, few rows).

export function broadPageCtes(parts: StatementParts): Prisma.Sql[] {
  if (parts.q.sort === "newest" || parts.terms.length === 0) return newestPageCtes(parts);
  const titled = parts.terms.length === 1 ? singleTermTitleCtes(parts) : [manyTermTitleCte(parts)];
  return [...titled, ...restCtes(parts), relevancePageCte(parts)];
}

const NEWEST_FIRST = Prisma.raw(`ORDER BY "sortKey" DESC, id DESC`);

/** Newest first: the walk when matches are dense (estimate ≥ tuning.dense), else (or when it found too
 *  few) every match by grams, sorted. */
function newestPageCtes({ q, perPage, offset, need, where, kindAndFilters, match, score, broad }: StatementParts) {
  return [
    Prisma.sql`newest_walk AS (
      SELECT id, ${score} AS score, "sortKey"
      FROM (
        SELECT kind, id, "sortKey", "titleNorm", grams FROM "SearchKey"
        WHERE ${kindAndFilters()} AND ${ESTIMATE} >= ${tuning.dense}
        ${NEWEST_FIRST} LIMIT ${tuning.newestWalk}
      ) w
      WHERE ${match}
      LIMIT ${need})`,
    Prisma.sql`newest_indexed AS (
      SELECT id, ${score} AS score, "sortKey" FROM "SearchKey"
      WHERE ${where(match)} AND ${broad} AND (SELECT count(*) FROM newest_walk) < ${need}
      ${NEWEST_FIRST} LIMIT ${need})`,
    Prisma.sql`broad_page AS (
      SELECT id, score, "sortKey"
      FROM (
        SELECT * FROM newest_walk WHERE (SELECT count(*) FROM newest_walk) >= ${need}
        UNION ALL SELECT * FROM newest_indexed
      ) u
      ORDER BY ${pageOrder(q)} LIMIT ${perPage} OFFSET ${offset})`,
  ];
}

/** One term's title matches: `title_walk` walks the newest rows when the sample promises
 *  ≥ tuning.titleDense title matches, `title_indexed` reads them through the title grams otherwise (or
 *  when the walk found too few). */
function singleTermTitleCtes({ terms, need, where, kindAndFilters, match, score, broad }: StatementParts) {
  return [
    Prisma.sql`title_walk AS (
      SELECT id, ${score} AS score, "sortKey"
      FROM (
        SELECT id, "sortKey", "titleNorm" FROM "SearchKey"
        WHERE ${kindAndFilters()} AND ${broad} AND ${TITLE_ESTIMATE} >= ${tuning.titleDense}
        ${NEWEST_FIRST} LIMIT ${tuning.titleWalk}
      ) w
      WHERE ${everyTermInTitle(terms)}
      LIMIT ${need})`,
    Prisma.sql`title_indexed AS (
      SELECT id, ${score} AS score, "sortKey" FROM "SearchKey"
      WHERE ${where(match, someTermInTitle(terms))} AND ${broad} AND (SELECT count(*) FROM title_walk) < ${need}
      ${NEWEST_FIRST} LIMIT ${need})`,
    Prisma.sql`titled AS (
      SELECT * FROM title_walk WHERE (SELECT count(*) FROM title_walk) >= ${need}
      UNION ALL SELECT * FROM title_indexed)`,
  ];
}

/** Several terms: rows with some term in the title, ranked by score (how many terms are in the title). */
function manyTermTitleCte({ terms, need, where, match, score, broad }: StatementParts) {
  return Prisma.sql`titled AS (
      SELECT id, ${score} AS score, "sortKey" FROM "SearchKey"
      WHERE ${where(match, someTermInTitle(terms))} AND ${broad}
      ORDER BY score DESC, "sortKey" DESC, id DESC LIMIT ${need})`;
}

/** The rest (no term in the title), newest first, when the title matches do not fill the page. Dense
 *  matches: `rest_walk` walks the newest rows; sparser, or when the walk found too few: every match
 *  through the GIN index (no TOAST reads), then the newest — walking there read ~400 rows' grams for 20
 *  hits. */
function restCtes({ need, where, kindAndFilters, match, broad }: StatementParts) {
  // Also when a demo row made the title matches' page while some real row matches without the term in its
  // title: real rows come first (rank.ts). Where every match is real or demo, the second test is one
  // index probe, and the first is false where every row is real.
  const demoTitled = Prisma.sql`EXISTS (SELECT 1 FROM titled WHERE NOT ${isReal()})`;
  const realMatch = Prisma.sql`EXISTS (SELECT 1 FROM "SearchKey" WHERE ${where(match, isReal())})`;
  const restNeeded = Prisma.sql`((SELECT count(*) FROM titled) < ${need} OR (${demoTitled} AND ${realMatch})) AND ${broad}`;
  return [
    Prisma.sql`rest_walk AS (
      SELECT id, 0::float8 AS score, "sortKey"
      FROM (
        SELECT kind, id, "sortKey", "titleNorm", grams FROM "SearchKey"
        WHERE ${kindAndFilters()} AND ${restNeeded} AND ${ESTIMATE} >= ${tuning.dense}
        ${NEWEST_FIRST} LIMIT ${tuning.newestWalk}
      ) w
      WHERE ${match} AND id NOT IN (SELECT id FROM titled)
      LIMIT ${need})`,
    // OFFSET 0 fences the subquery: the planner reads every match through the GIN index, then sorts,
    // instead of walking the (kind, sortKey, id) index and detoasting `grams` row by row.
    Prisma.sql`rest AS (
      SELECT * FROM rest_walk WHERE (SELECT count(*) FROM rest_walk) >= ${need}
      UNION ALL (
        SELECT id, 0::float8 AS score, "sortKey"
        FROM (
          SELECT id, "sortKey" FROM "SearchKey"
          WHERE ${restNeeded} AND (${ESTIMATE} < ${tuning.dense} OR (SELECT count(*) FROM rest_walk) < ${need})
            AND ${where(match)}
          OFFSET 0
        ) rm
        WHERE id NOT IN (SELECT id FROM titled)
        ${NEWEST_FIRST} LIMIT ${need}))`,
  ];
}

/** Title matches, then the rest, in the page's order. */
function relevancePageCte({ q, perPage, offset }: StatementParts) {
  return Prisma.sql`broad_page AS (
      SELECT id, score, "sortKey"
      FROM (SELECT * FROM titled UNION ALL SELECT * FROM rest) u
      ORDER BY ${pageOrder(q)} LIMIT ${perPage} OFFSET ${offset})`;
}
