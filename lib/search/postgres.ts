import { queryTerms } from "./normalize";
import { withSynonyms } from "./synonyms";
import { countFacets } from "./postgres/facets";
import { toHit } from "./postgres/hits";
import { searchAllTerms } from "./postgres/match-all";
import { searchAnyTerm } from "./postgres/match-any";
import { correctTypos } from "./postgres/typo";
import { suggestTitles } from "./postgres/suggest";
import { DEFAULT_PER_PAGE } from "./postgres/tuning";
import { clearKind, removeDocuments, upsertDocuments } from "./postgres/write";
import type { SearchBackend, SearchResult } from "./types";

// The PostgreSQL search backend (default; docs/search.md explains the design). Two tables: SearchKey, narrow
// (kind, id, sortKey, inline title, facetCodes, and the character uni-/bigrams of the normalised text as
// `grams`, out of line, under a GIN index per kind) for matching, counting, facets and order — what the
// pg_bigm extension does, in plain SQL — and SearchEntry, wide (the texts), read only for a page's hits.
// A term is one array lookup (`grams @>` its bigrams, or the character itself), so one- and
// two-character queries work; pg_trgm serves only the typo fallback on titles.
//
// The steps live in postgres/: write (rows, grams, facet codes), match (conditions), facets (counts and
// filters), rank (score and order), match-all (the search page: sample, exact or estimate) with broad-page
// (the page of a broad query), match-any (similar items), result (the one output row), hits (snippets).
// Each search is one prepared statement on the search pool (pool.ts).

export { DEFAULT_PER_PAGE, EXACT_LIMIT, tuning } from "./postgres/tuning";

export const postgresBackend: SearchBackend = {
  name: "postgres",
  async setup() {
    // The tables and their indexes come with the migrations.
  },
  upsert: upsertDocuments,
  remove: removeDocuments,
  clear: clearKind,
  async search(q): Promise<SearchResult> {
    const terms = queryTerms(q.q);
    // Synonyms are marked too: a search for 「空家」 finds 「空き家」 (index-text.ts) and shows where.
    const marked = terms.flatMap(withSynonyms);
    let row = q.match === "any" ? await searchAnyTerm(q, terms) : await searchAllTerms(q, terms);
    if (row.total === 0 && q.match !== "any") {
      const corrected = await correctTypos(q.kind, terms);
      if (corrected) {
        row = await searchAllTerms(q, corrected);
        marked.push(...corrected.flatMap(withSynonyms));
      }
    }
    const result: SearchResult = {
      hits: row.page.map((pageRow) => toHit(pageRow, marked)),
      total: row.total,
      facets: await countFacets(q.kind, row.facets, row.factor),
      page: Math.max(1, q.page ?? 1),
      perPage: q.perPage ?? DEFAULT_PER_PAGE,
    };
    // Only estimates carry the flag, so an exact result has no totalIsEstimate key at all.
    return row.sampled != null ? { ...result, totalIsEstimate: true } : result;
  },
  suggest: (q, limit, kinds = ["CASE", "CHALLENGE", "COMPANY"]) => suggestTitles(q, limit, kinds),
};
