import { Prisma } from "@/lib/generated/prisma/client";
import { termGrams, queryTerms } from "../normalize";
import { searchQuery } from "../pool";
import type { SearchKind } from "../types";
import { containsPattern, escapeLike } from "./match";

// The header's suggestions: titles holding every term, across kinds, titles starting with the first term
// first, then newest. It searches every kind at once, so it reads the shared GIN index (the per-kind ones
// serve the search page).

export async function suggestTitles(q: string, limit: number, kinds: readonly SearchKind[]) {
  const terms = queryTerms(q);
  if (terms.length === 0) return [];
  const all = [...new Set(terms.flatMap(termGrams))];
  const inTitle = terms.map((term) => Prisma.sql`k."titleNorm" LIKE ${containsPattern(term)}`);
  return searchQuery<{ kind: SearchKind; id: string; title: string }>(Prisma.sql`
    SELECT k.kind, k.id, e.title FROM "SearchKey" k JOIN "SearchEntry" e ON e.kind = k.kind AND e.id = k.id
    WHERE k.kind = ANY(${[...kinds]}::text[]) AND k.grams @> ${all}::text[] AND ${Prisma.join(inTitle, " AND ")}
    ORDER BY (k."titleNorm" LIKE ${`${escapeLike(terms[0])}%`}) DESC, k.date DESC LIMIT ${limit}`);
}
