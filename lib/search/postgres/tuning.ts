// The PostgreSQL search's tuning constants, in one place. docs/search.md ("Tuning constants") gives the
// benchmark figure behind each value and the command that measures it; the walk thresholds can be tried
// with other values without editing code: BENCH_TUNING='{"dense":0}' npm run bench:search.

/** Hits per page when the caller does not say. */
export const DEFAULT_PER_PAGE = 20;

/** Up to this many matches (as the sample promises) every match is read, so total, facets and ranking are
 *  exact; above it they are estimated from the sample. */
export const EXACT_LIMIT = 1000;

/** Every document falls in one of 16 sample buckets (a marker gram written at indexing time: changing this
 *  needs `npm run search:reindex`). Bucket 0 is the sample a search reads first. */
export const SAMPLE_BUCKETS = 16;

/** When bucket 0 promises fewer matches than this, an estimate counts buckets 0–3 (WIDE_SAMPLE) instead, so a
 *  sample holds ~250–1,000 rows either way. */
export const WIDE_SAMPLE_BELOW = 4000;
export const WIDE_SAMPLE = 4;

/** Which path finds a broad query's page: walking the kind's newest rows, or the GIN index. A property so the
 *  contract test can run both paths on a small data set and the benchmark can try other values. */
export const tuning = {
  /** Estimated matches from which the page (newest first, or the rows without the term in the title) is
   *  found by walking the kind's newest rows instead of reading every match through the index. */
  dense: 4000,
  /** Newest rows of the kind such a walk tests before it falls back to the index. */
  newestWalk: 1000,
  /** Estimated title matches from which a single term's title matches are walked for: with fewer the walk
   *  rarely fills a page (「見守り」 companies: 500 rows read for none), and the title grams give them at once. */
  titleDense: 1000,
  /** Newest rows of the kind the title walk reads before it falls back to the title grams. */
  titleWalk: 500,
};
