import { Prisma } from "@/lib/generated/prisma/client";
import { termLength } from "../normalize";
import { searchQueryWithValues } from "../pool";
import type { SearchKind } from "../types";
import { hasAllTerms, kindIs } from "./match";

// Step "typo correction" (mode "all", when nothing matched): a term of TYPO_MIN_LENGTH+ characters is replaced
// by the word of the indexed text (body included) that differs from it by one edit — a character replaced,
// missing, added, or two swapped — and the search runs again with it, as Meilisearch does with one typo from
// 4 characters. 「スマートロッグ」 becomes 「スマートロック」. The title typo fallback (word_similarity on titles,
// in the statement) misses a typo near a word's end: 「すまとろっぐ」 scores 0.43 against 0.45.
//
// Each variant is the term with one position unknown: its known parts are bigram lookups on the GIN index
// (like any term), and a regular expression over the candidates' text finds the actual word. The most
// frequent word wins (ties: alphabetical). Variants whose known parts are too short to narrow the candidates
// are skipped (MIN_KNOWN_BIGRAMS), so a 4-character term is corrected where the error is near an end.

export const TYPO_MIN_LENGTH = 4;
/** Candidate rows read for the words; enough to find the common spelling among the first rows (each costs a
 *  read of its text: 200 made a zero-hit search 5–13 ms slower on a loaded machine). */
const CANDIDATES = 50;
/** A variant is looked up only when its known parts hold this many bigrams: 「株」+「会社」 would read every
 *  company's posting lists for 「会社」 to find nothing. */
const MIN_KNOWN_BIGRAMS = 2;
/** The step's time budget: past it the term stays as typed (the search finds nothing, as without the step).
 *  Generous for a loaded machine (a correction takes 5–15 ms on the scale seed when idle). */
const BUDGET_MS = 200;

const ANY = "[^\\n]";
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The term with one edit undone: [pattern, known parts]. */
function variants(term: string): { pattern: string; parts: string[] }[] {
  const c = Array.from(term);
  const out: { pattern: string; parts: string[] }[] = [];
  const add = (before: string[], hole: boolean, after: string[]) =>
    out.push({
      pattern: escapeRegex(before.join("")) + (hole ? ANY : "") + escapeRegex(after.join("")),
      parts: [before.join(""), after.join("")].filter((p) => p),
    });
  for (let i = 0; i < c.length; i++) add(c.slice(0, i), true, c.slice(i + 1)); // replaced
  for (let i = 1; i < c.length; i++) add(c.slice(0, i), true, c.slice(i)); // missing
  for (let i = 0; i < c.length; i++) add(c.slice(0, i), false, c.slice(i + 1)); // added
  for (let i = 0; i + 1 < c.length; i++) {
    const swapped = [...c];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    add(swapped, false, []); // swapped
  }
  return out;
}

/** The grams a document must hold for a variant: each known part's bigrams, or its one character. */
function partGrams(part: string): string[] {
  const c = Array.from(part);
  if (c.length === 1) return c;
  return c.slice(1).map((ch, k) => c[k] + ch);
}

/** The closest indexed word for a term that no document holds, or null (a term that is found stays). */
async function correctTerm(kind: SearchKind, term: string): Promise<string | null> {
  const vs = variants(term)
    .map((v) => ({ ...v, grams: [...new Set(v.parts.flatMap(partGrams))] }))
    .filter((v) => v.grams.filter((g) => Array.from(g).length === 2).length >= MIN_KNOWN_BIGRAMS);
  if (vs.length === 0) return null;
  const lookups = vs.map((v) => Prisma.sql`grams @> ${v.grams}::text[]`);
  const alternation = `(${vs.map((v) => v.pattern).join("|")})`;
  const rows = await searchQueryWithValues<{ word: string }>(
    Prisma.sql`
    SELECT m[1] AS word FROM (
      SELECT regexp_match(e."textNorm", ${alternation}) AS m
      FROM (
        SELECT id FROM "SearchKey" WHERE ${kindIs(kind)} AND (${Prisma.join(lookups, " OR ")})
          AND NOT EXISTS (SELECT 1 FROM "SearchKey" WHERE ${hasAllTerms(kind, [term])})
        LIMIT ${CANDIDATES}) k
      JOIN "SearchEntry" e ON e.kind = ${kind} AND e.id = k.id
    ) x
    WHERE m IS NOT NULL AND m[1] <> ${term}
    GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    BUDGET_MS,
  );
  return rows[0]?.word ?? null;
}

/** The terms with each long one replaced by its correction; null when nothing could be corrected. */
export async function correctTypos(kind: SearchKind, terms: string[]): Promise<string[] | null> {
  let changed = false;
  const out: string[] = [];
  for (const term of terms) {
    const word = termLength(term) >= TYPO_MIN_LENGTH ? await correctTerm(kind, term) : null;
    if (word) changed = true;
    out.push(word ?? term);
  }
  return changed ? out : null;
}
