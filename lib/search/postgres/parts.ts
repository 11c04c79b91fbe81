import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "../types";
import { hasAllTerms, kindIs } from "./match";
import { titleScore } from "./rank";
import { DEFAULT_PER_PAGE, EXACT_LIMIT } from "./tuning";

// The pieces every part of the mode "all" statement shares (match-all.ts, broad-page.ts): the page
// window, the match and filter conditions, and the one-time filters on the sampled estimate that
// switch the statement's branches at run time.

/** The estimated number of matches (sample count × buckets), from the CTE `estimate` (match-all.ts). */
export const ESTIMATE = Prisma.raw(`(SELECT total FROM estimate)`);
/** The estimated number of matches with every term in the title (single-term queries). */
export const TITLE_ESTIMATE = Prisma.raw(`(SELECT title_total FROM estimate)`);

export type StatementParts = {
  q: SearchQuery;
  terms: string[];
  perPage: number;
  offset: number;
  /** Rows a page branch must find: everything up to the end of the requested page. */
  need: number;
  /** Conditions AND the filters. */
  where: (...more: Prisma.Sql[]) => Prisma.Sql;
  /** The kind (as a literal, for the (kind, sortKey, id) index a walk reads newest first) AND the filters. */
  kindAndFilters: () => Prisma.Sql;
  /** Every term in the row, through the GIN index. */
  match: Prisma.Sql;
  /** 10 per term in the title: the ranking of mode "all". */
  score: Prisma.Sql;
  /** True when the sample promises at most EXACT_LIMIT matches: the exact branch runs. */
  exact: Prisma.Sql;
  /** True above it: the estimate branch runs. */
  broad: Prisma.Sql;
};

export function statementParts(q: SearchQuery, terms: string[], filters: Prisma.Sql[]): StatementParts {
  const perPage = q.perPage ?? DEFAULT_PER_PAGE;
  const offset = (Math.max(1, q.page ?? 1) - 1) * perPage;
  const where = (...more: Prisma.Sql[]) => Prisma.join([...more, ...filters], " AND ");
  return {
    q,
    terms,
    perPage,
    offset,
    need: offset + perPage,
    where,
    kindAndFilters: () => where(kindIs(q.kind)),
    match: hasAllTerms(q.kind, terms),
    score: Prisma.sql`(${titleScore(terms)})::float8`,
    exact: Prisma.sql`${ESTIMATE} <= ${EXACT_LIMIT}`,
    broad: Prisma.sql`${ESTIMATE} > ${EXACT_LIMIT}`,
  };
}
