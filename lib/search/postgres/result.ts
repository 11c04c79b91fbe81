import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "../types";
import { pageOrder } from "./rank";

// Step "result": the statement's one output row — total, the joined facet codes and the page — from two
// CTEs the mode has built: `countFrom`, the rows to count (read in a single pass, so PostgreSQL does not
// materialise it), and `page_ids`, the page's ids. Only here are the wide SearchEntry rows read, for the
// page's hits alone.

export type PageRow = { id: string; title: string; body: string; keywords: string; year: number | null; date: string };

export type ResultRow = {
  total: number;
  /** The estimated number of matches from the sample (mode "all"); null when everything is exact. */
  sampled: number | null;
  page: PageRow[];
  /** The counted rows' facetCodes, joined. */
  facets: string | null;
  /** What one sampled match stands for (estimates). */
  factor?: number;
};

export function resultSql(
  q: SearchQuery,
  countFrom: string,
  ctes: Prisma.Sql,
  sampledSql: Prisma.Sql = Prisma.sql`NULL::int`,
): Prisma.Sql {
  const hit = Prisma.sql`json_build_object(
    'id', e.id, 'title', e.title, 'body', e.body, 'keywords', e.keywords, 'year', k.year, 'date', k.date)`;
  return Prisma.sql`WITH ${ctes}
    SELECT c.total, c.facets, ${sampledSql} AS sampled,
      (SELECT coalesce(json_agg(${hit} ORDER BY ${pageOrder(q, "p.")}), '[]'::json)
        FROM page_ids p
        JOIN "SearchEntry" e ON e.kind = ${q.kind} AND e.id = p.id
        JOIN "SearchKey" k ON k.kind = ${q.kind} AND k.id = p.id) AS page
    FROM (SELECT count(*)::int AS total, string_agg("facetCodes", '') AS facets FROM ${Prisma.raw(countFrom)}) c`;
}
