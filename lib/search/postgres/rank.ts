import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchKind, SearchQuery } from "../types";
import { containsPattern, hasAllTerms } from "./match";

// Step "rank": real data before demo data, then each term found in the title scores 10 (more than the other
// parts of a score can add up to), then newest first. `sortKey` is the date's seconds × 2³⁰ + 30 bits of
// hashtext(id), one int8 (sorting by (date, id) compared ids as text whenever dates tied), plus REAL_FIRST
// for a real row: newest first is real first too, and a walk along (kind, sortKey, id) meets real rows first.

/** Added to a real (not demo) row's sortKey: 2⁶², above every date's key (seconds up to 2100 × 2³⁰ < 2⁶²),
 *  and twice it still fits an int8. */
export const REAL_FIRST = "4611686018427387904";
/** True for a real row (a literal, so the planner can compare it with the (kind, sortKey, id) index). */
export const isReal = (alias = "") => Prisma.raw(`${alias}"sortKey" >= ${REAL_FIRST}`);

/** 10 per term found in the title. */
export const titleScore = (terms: string[]) =>
  terms.length
    ? Prisma.join(
        terms.map((term) => Prisma.sql`(CASE WHEN "titleNorm" LIKE ${containsPattern(term)} THEN 10 ELSE 0 END)`),
        " + ",
      )
    : Prisma.sql`0`;

/** Mode "any": the title score plus 1 per term matched. Each term is a hashed `id IN (index lookup)`:
 *  `grams @>` on the row would detoast every candidate's grams. */
export const anyTermScore = (kind: SearchKind, terms: string[]) =>
  Prisma.sql`${titleScore(terms)} + ${Prisma.join(
    terms.map(
      (term) =>
        Prisma.sql`(CASE WHEN id IN (SELECT id FROM "SearchKey" WHERE ${hasAllTerms(kind, [term])}) THEN 1 ELSE 0 END)`,
    ),
    " + ",
  )}`;

/** Typo fallback: the title score plus how close each term is to a word of the title. */
export const typoScore = (terms: string[]) =>
  Prisma.sql`${titleScore(terms)} + ${Prisma.join(
    terms.map((term) => Prisma.sql`word_similarity(${term}, "titleNorm")`),
    " + ",
  )}`;

/** The page's order, for rows with columns score, sortKey and id (`alias`: e.g. "p." for a joined CTE). */
export const pageOrder = (q: SearchQuery, alias = "") =>
  Prisma.raw(
    q.sort === "newest"
      ? `${alias}"sortKey" DESC, ${alias}score DESC, ${alias}id DESC`
      : `(${alias}"sortKey" >= ${REAL_FIRST}) DESC, ${alias}score DESC, ${alias}"sortKey" DESC, ${alias}id DESC`,
  );
