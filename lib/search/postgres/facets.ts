import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetCounts, FacetName, SearchKind, SearchQuery } from "../types";
import {
  FACET_CHAR_BASE,
  FACET_LETTER,
  LETTER_FACET,
  codeChar,
  codesOfValues,
  loadValuesOfCodes,
  valueOfCode,
} from "./facet-codes";

// Step "facets": counting the matches' facet values, and the filter conditions. Both work on
// SearchKey.facetCodes, one character per value (facet-codes.ts): the statement returns the matches'
// codes joined in one string, and a filter is a bracket expression, so the row needs no array columns
// (a narrower row is fewer heap pages per search — see the search_slim_key migration).

/** The facets shown for each kind. */
const FACETS: Record<SearchKind, FacetName[]> = {
  CASE: ["themeIds", "prefectureCodes", "categories", "years"],
  CHALLENGE: ["themeIds", "prefectureCodes", "categories", "years"],
  COMPANY: ["prefectureCodes", "categories", "industries"],
};

/** Reused between calls: a count per UTF-16 unit, reset to zero after each count. */
const tally = new Uint32Array(0x10000);

/** Counts the facet characters in the matches' joined facetCodes (× factor for a sample). */
export async function countFacets(kind: SearchKind, joined: string | null, factor = 1): Promise<FacetCounts> {
  const facets: FacetCounts = {};
  for (const facet of FACETS[kind]) facets[facet] = {};
  if (!joined) return facets;
  const seen: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const unit = joined.charCodeAt(i);
    if (tally[unit]++ === 0) seen.push(unit);
  }
  const counts = seen
    .filter((unit) => unit >= FACET_CHAR_BASE)
    .map((unit) => [unit - FACET_CHAR_BASE, tally[unit]] as const);
  for (const unit of seen) tally[unit] = 0;
  await loadValuesOfCodes(counts.map(([code]) => code));
  for (const [code, n] of counts) {
    const value = valueOfCode.get(code);
    const counted = value && facets[LETTER_FACET[value[0]]];
    if (counted) counted[value.slice(1)] = n * factor;
  }
  return facets;
}

/** The filters' conditions: any of a facet's values is one bracket expression of their characters
 *  (a value no row has carried matches nothing); years match the inline year column. */
export async function facetFilters(q: SearchQuery): Promise<Prisma.Sql[]> {
  const filters = q.filters ?? {};
  const wanted = (["themeIds", "prefectureCodes", "categories", "industries"] as const)
    .filter((facet) => filters[facet]?.length)
    .map((facet) => filters[facet]!.map((value) => FACET_LETTER[facet] + value));
  const codes = await codesOfValues(wanted.flat());
  const conditions = wanted.map((values) => {
    const chars = values.filter((value) => codes.has(value)).map((value) => codeChar(codes.get(value)!));
    return chars.length ? Prisma.sql`"facetCodes" ~ ${`[${chars.join("")}]`}` : Prisma.sql`false`;
  });
  if (filters.years?.length) conditions.push(Prisma.sql`year = ANY(${filters.years}::int[])`);
  return conditions;
}
