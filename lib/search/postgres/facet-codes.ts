import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuery } from "../pool";
import type { FacetName, SearchDocument } from "../types";

// How a facet value becomes one character of SearchKey.facetCodes. Each value ("t<themeId>",
// "p<prefecture code>", "c<category>", "i<industry>", "y<year>") is numbered once in SearchFacetValue and
// written as the character U+0100 + its number. A search then sums the matches' facets in one string_agg
// and counts characters in the app, and a filter is one bracket expression (docs/search.md, "facets").
// A number never changes once committed, so each process keeps the ones it has read.

/** One letter per facet, prefixed to a value to make it unique across facets. */
export const FACET_LETTER: Record<FacetName, string> = {
  themeIds: "t",
  prefectureCodes: "p",
  categories: "c",
  industries: "i",
  years: "y",
};
export const LETTER_FACET = Object.fromEntries(
  Object.entries(FACET_LETTER).map(([facet, letter]) => [letter, facet as FacetName]),
);

/** Value number n is written as U+0100 + n (below that: nothing of ours). */
export const FACET_CHAR_BASE = 0x100;
/** Stay below the surrogates, so each value is one UTF-16 unit. */
const MAX_FACET_CODE = 0xd800 - FACET_CHAR_BASE - 1;

export const codeChar = (code: number) => String.fromCharCode(FACET_CHAR_BASE + code);

/** A document's facet values, each as facet letter + value. */
export function facetValues(
  doc: Pick<SearchDocument, "themeIds" | "prefectureCodes" | "category" | "industries" | "year">,
): string[] {
  const letter = FACET_LETTER;
  return [
    ...doc.themeIds.map((v) => letter.themeIds + v),
    ...doc.prefectureCodes.map((v) => letter.prefectureCodes + v),
    ...(doc.category ? [letter.categories + doc.category] : []),
    ...doc.industries.map((v) => letter.industries + v),
    ...(doc.year != null ? [letter.years + doc.year] : []),
  ];
}

/** The numbers of facet values, numbering new ones (indexing). Runs on its own, not in a caller's
 *  transaction: a number, once committed, never changes, so readers may keep it. */
export async function numberFacetValues(values: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(values)];
  const codes = new Map<string, number>();
  if (unique.length === 0) return codes;
  // Twice at most: a value another writer committed while this statement ran is invisible to its snapshot.
  for (let attempt = 0; attempt < 2 && codes.size < unique.length; attempt++) {
    const rows = await db.$queryRaw<{ code: number; value: string }[]>`
      WITH ins AS (
        INSERT INTO "SearchFacetValue" (value) SELECT unnest(${unique}::text[])
        ON CONFLICT (value) DO NOTHING
        RETURNING code, value)
      SELECT code, value FROM ins
      UNION ALL SELECT code, value FROM "SearchFacetValue" WHERE value = ANY(${unique}::text[])`;
    for (const row of rows) codes.set(row.value, row.code);
  }
  if (codes.size < unique.length) throw new Error("search: facet values could not be numbered");
  for (const code of codes.values())
    if (code > MAX_FACET_CODE) throw new Error(`search: more than ${MAX_FACET_CODE} facet values`);
  return codes;
}

/** A document's facetCodes string. */
export const facetChars = (values: string[], codes: Map<string, number>) =>
  values.map((value) => codeChar(codes.get(value)!)).join("");

/** Value (letter + value) of each facet number this process has read. */
export const valueOfCode = new Map<number, string>();
/** Number of each facet value a filter has asked for; a value no row has ever carried has none. */
const codeOfValue = new Map<string, number>();

/** Learns the values of facet numbers not seen before (for counting). */
export async function loadValuesOfCodes(codes: number[]): Promise<void> {
  const unknown = codes.filter((code) => !valueOfCode.has(code));
  if (unknown.length === 0) return;
  const rows = await searchQuery<{ code: number; value: string }>(
    Prisma.sql`SELECT code, value FROM "SearchFacetValue" WHERE code = ANY(${unknown}::int[])`,
  );
  for (const row of rows) valueOfCode.set(row.code, row.value);
}

/** The numbers of facet values (for filters); values never numbered are missing from the map. */
export async function codesOfValues(values: string[]): Promise<Map<string, number>> {
  const unknown = values.filter((value) => !codeOfValue.has(value));
  if (unknown.length) {
    const rows = await searchQuery<{ code: number; value: string }>(
      Prisma.sql`SELECT code, value FROM "SearchFacetValue" WHERE value = ANY(${unknown}::text[])`,
    );
    for (const row of rows) {
      codeOfValue.set(row.value, row.code);
      valueOfCode.set(row.code, row.value);
    }
  }
  return codeOfValue;
}
