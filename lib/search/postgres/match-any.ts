import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuery } from "../pool";
import type { SearchQuery } from "../types";
import { facetFilters } from "./facets";
import { hasAnyTerm } from "./match";
import { anyTermScore, pageOrder } from "./rank";
import { resultSql, type ResultRow } from "./result";
import { DEFAULT_PER_PAGE } from "./tuning";

// Mode "any" (similar cases and challenges for the wizard): rows holding at least one term, ranked by
// title and by how many terms they hold. Few rows match a draft's words, so every match is read and
// everything is exact — no sample, no walks.

export async function searchAnyTerm(q: SearchQuery, terms: string[]): Promise<ResultRow> {
  const perPage = q.perPage ?? DEFAULT_PER_PAGE;
  const offset = (Math.max(1, q.page ?? 1) - 1) * perPage;
  const where = Prisma.join([hasAnyTerm(q.kind, terms), ...(await facetFilters(q))], " AND ");
  const ctes = Prisma.sql`matches AS MATERIALIZED (
      SELECT id, "sortKey", (${anyTermScore(q.kind, terms)})::float8 AS score, "facetCodes" FROM "SearchKey"
      WHERE ${where}),
    page_ids AS (
      SELECT id, score, "sortKey" FROM matches
      ORDER BY ${pageOrder(q)} LIMIT ${perPage} OFFSET ${offset})`;
  return (await searchQuery<ResultRow>(resultSql(q, "matches", ctes)))[0];
}
