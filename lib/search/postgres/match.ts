import { Prisma } from "@/lib/generated/prisma/client";
import { termGrams, termLength } from "../normalize";
import type { SearchKind } from "../types";
import { TITLE_MARK } from "./grams";

// Step "match": the WHERE conditions that say which rows hold the query's terms. A term is one GIN
// lookup on `grams` (its character, or all its bigrams), never a test of `grams` on the heap row: that
// costs a TOAST read per row (docs/search.md, "Never evaluate grams on the heap"). No LIKE recheck of
// the body either: detoasting textNorm for every candidate cost 5–10× the lookup, and a document holding
// a term's bigrams apart is a (rare) false positive.

const KINDS: Record<SearchKind, SearchKind> = { CASE: "CASE", CHALLENGE: "CHALLENGE", COMPANY: "COMPANY" };

/** The kind as a literal (from a fixed list, never the caller's string), so the planner picks that kind's
 *  partial GIN index: a parameter cannot prove the index predicate in a generic plan. */
export const kindIs = (kind: SearchKind) => Prisma.raw(`kind = '${KINDS[kind]}'`);

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
export const containsPattern = (term: string) => `%${escapeLike(term)}%`;

/** Every term (and every extra gram, e.g. a sample bucket's marker) in the row: one GIN lookup. */
export function hasAllTerms(kind: SearchKind, terms: string[], extraGrams: string[] = []): Prisma.Sql {
  const all = [...new Set([...terms.flatMap(termGrams), ...extraGrams])];
  return all.length ? Prisma.sql`${kindIs(kind)} AND grams @> ${all}::text[]` : kindIs(kind);
}

/** Some term in the title: the title marker grams narrow it through the index, then LIKE on the inline
 *  title makes it exact. */
export const someTermInTitle = (terms: string[]) =>
  Prisma.sql`(${Prisma.join(
    terms.map((term) => {
      const titleGrams = termGrams(term).map((gram) => TITLE_MARK + gram);
      return Prisma.sql`(grams @> ${titleGrams}::text[] AND "titleNorm" LIKE ${containsPattern(term)})`;
    }),
    " OR ",
  )})`;

/** Every term in the title, by LIKE on the inline title only (for rows already at hand, e.g. a walk). */
export const everyTermInTitle = (terms: string[]) =>
  Prisma.join(
    terms.map((term) => Prisma.sql`"titleNorm" LIKE ${containsPattern(term)}`),
    " AND ",
  );

/** Mode "any" (similar items): rows holding at least one term; every row of the kind without terms. */
export function hasAnyTerm(kind: SearchKind, terms: string[]): Prisma.Sql {
  if (terms.length === 0) return hasAllTerms(kind, []);
  return Prisma.sql`(${Prisma.join(
    terms.map((term) => hasAllTerms(kind, [term])),
    " OR ",
  )})`;
}

/** Typo fallback, titles only: each term of 3+ characters through search_title_typo (word_similarity
 *  ≥ 0.45, see the search_speed migration), shorter terms exactly. */
export function titleTypoMatch(kind: SearchKind, terms: string[]): Prisma.Sql {
  const each = terms.map((term) =>
    termLength(term) >= 3
      ? Prisma.sql`id IN (SELECT id FROM search_title_typo(${term}, ${kind}))`
      : hasAllTerms(kind, [term]),
  );
  return Prisma.sql`kind = ${kind} AND ${Prisma.join(each, " AND ")}`;
}
