import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { highlight, snippet } from "./highlight";
import { searchQuery } from "./pool";
import { grams, normalize, queryTerms, termGrams, termLength } from "./normalize";
import {
  HIGHLIGHT_START,
  type FacetCounts,
  type FacetName,
  type SearchBackend,
  type SearchDocument,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResult,
} from "./types";

// PostgreSQL backend: a narrow table (SearchKey: kind, id, date, title, facets, and the character
// uni-/bigrams of the normalised text under a GIN index, out of line) for matching, counting and
// facets — what the pg_bigm extension does, in plain SQL — and a wide one (SearchEntry: texts) read
// only for the page's hits. A term is one array lookup
// (`grams @> its bigrams`, or the character itself), so one- and two-character queries work; pg_trgm
// serves only the typo fallback (titles) when nothing matches exactly.
//
// Speed (docs/search.md): the array also holds marker grams, so the kind, a 1/16 sample bucket and
// title matches are GIN lookups too. A search first counts its matches in that sample: when they
// promise at most EXACT_LIMIT matches, every match is read and everything is exact. Above it (「市」,
// 「株式会社」) the total and facet counts come from a sample (flagged `totalIsEstimate`), and the page is read in date order, title matches
// first — still the exact first page — instead of counting and ranking every matched row.

export const DEFAULT_PER_PAGE = 20;
export const EXACT_LIMIT = 1000;
export const SAMPLE_BUCKETS = 16;
const KIND_MARK = "\u0001";
const KINDS: Record<SearchKind, SearchKind> = { CASE: "CASE", CHALLENGE: "CHALLENGE", COMPANY: "COMPANY" };
const BUCKET_MARK = "\u0002";
const TITLE_MARK = "\u0003";

const FACETS: Record<SearchKind, FacetName[]> = {
  CASE: ["themeIds", "prefectureCodes", "categories", "years"],
  CHALLENGE: ["themeIds", "prefectureCodes", "categories", "years"],
  COMPANY: ["prefectureCodes", "categories", "industries"],
};
/** One letter per facet: a value is numbered (SearchFacetValue) as letter + value. */
const FACET_LETTER: Record<FacetName, string> = {
  themeIds: "t",
  prefectureCodes: "p",
  categories: "c",
  industries: "i",
  years: "y",
};
const LETTER_FACET = Object.fromEntries(Object.entries(FACET_LETTER).map(([f, l]) => [l, f as FacetName]));
/** `facetCodes` writes value number n as the character U+0100 + n (below that: nothing of ours). */
const FACET_CHAR_BASE = 0x100;
const MAX_FACET_CODE = 0xd800 - FACET_CHAR_BASE - 1; // stay below the surrogates: one UTF-16 unit per value

/** A document's facet values, each as facet letter + value. */
export function facetValues(
  d: Pick<SearchDocument, "themeIds" | "prefectureCodes" | "category" | "industries" | "year">,
): string[] {
  const L = FACET_LETTER;
  return [
    ...d.themeIds.map((v) => L.themeIds + v),
    ...d.prefectureCodes.map((v) => L.prefectureCodes + v),
    ...(d.category ? [L.categories + d.category] : []),
    ...d.industries.map((v) => L.industries + v),
    ...(d.year != null ? [L.years + d.year] : []),
  ];
}

/** The numbers of facet values, numbering new ones. Runs on its own (not in a caller's transaction): a number,
 *  once committed, never changes, so readers may keep it. */
async function numberFacetValues(values: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(values)];
  const codes = new Map<string, number>();
  if (unique.length === 0) return codes;
  // Twice at most: a value another writer committed while this statement ran is invisible to its snapshot.
  for (let attempt = 0; attempt < 2 && codes.size < unique.length; attempt++) {
    const rows = await db.$queryRaw<{ code: number; value: string }[]>`
      WITH ins AS (INSERT INTO "SearchFacetValue" (value) SELECT unnest(${unique}::text[]) ON CONFLICT (value) DO NOTHING RETURNING code, value)
      SELECT code, value FROM ins UNION ALL SELECT code, value FROM "SearchFacetValue" WHERE value = ANY(${unique}::text[])`;
    for (const r of rows) codes.set(r.value, r.code);
  }
  if (codes.size < unique.length) throw new Error("search: facet values could not be numbered");
  for (const code of codes.values())
    if (code > MAX_FACET_CODE) throw new Error(`search: more than ${MAX_FACET_CODE} facet values`);
  return codes;
}

const facetChars = (values: string[], codes: Map<string, number>) =>
  values.map((v) => String.fromCharCode(FACET_CHAR_BASE + codes.get(v)!)).join("");

/** Value (letter + value) of each facet number seen so far in this process; numbers never change. */
const facetNames = new Map<number, string>();
const tally = new Uint32Array(0x10000);

/** Counts the facet characters in the matches' joined facetCodes (× factor for a sample). */
export async function countFacets(kind: SearchKind, joined: string | null, factor = 1): Promise<FacetCounts> {
  const facets: FacetCounts = {};
  for (const f of FACETS[kind]) facets[f] = {};
  if (!joined) return facets;
  const seen: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (tally[c]++ === 0) seen.push(c);
  }
  const counts = seen.filter((c) => c >= FACET_CHAR_BASE).map((c) => [c - FACET_CHAR_BASE, tally[c]] as const);
  for (const c of seen) tally[c] = 0;
  const unknown = counts.map(([code]) => code).filter((code) => !facetNames.has(code));
  if (unknown.length) {
    for (const r of await searchQuery<{ code: number; value: string }>(
      Prisma.sql`SELECT code, value FROM "SearchFacetValue" WHERE code = ANY(${unknown}::int[])`,
    )) {
      facetNames.set(r.code, r.value);
    }
  }
  for (const [code, n] of counts) {
    const value = facetNames.get(code);
    const counted = value && facets[LETTER_FACET[value[0]]];
    if (counted) counted[value.slice(1)] = n * factor;
  }
  return facets;
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** FNV-1a of the id: a fixed, uniform sample bucket per document. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SAMPLE_BUCKETS;
}

/** Text grams plus the marker grams: kind, sample bucket, and every gram of the title. */
export function docGrams(kind: SearchKind, id: string, titleNorm: string, textNorm: string): string[] {
  return [
    ...grams(textNorm),
    KIND_MARK + kind,
    BUCKET_MARK + bucketOf(id).toString(16),
    ...grams(titleNorm).map((g) => TITLE_MARK + g),
  ];
}

/** A document's row: normalised title, normalised fields joined by \n, and the grams of those. */
export function toRow(d: SearchDocument) {
  const titleNorm = normalize(d.title);
  const textNorm = [titleNorm, normalize(d.body), normalize(d.keywords)].join("\n");
  return {
    kind: d.kind,
    id: d.id,
    title: d.title,
    body: d.body,
    keywords: d.keywords,
    titleNorm,
    textNorm,
    grams: docGrams(d.kind, d.id, titleNorm, textNorm),
    year: d.year,
    date: d.date,
  };
}

/** Numbers of facet values (letter + value) a filter asks for; a value no row has ever carried has none. */
const facetCodeOf = new Map<string, number>();
async function facetCodesFor(values: string[]): Promise<Map<string, number>> {
  const unknown = values.filter((v) => !facetCodeOf.has(v));
  if (unknown.length) {
    for (const r of await searchQuery<{ code: number; value: string }>(
      Prisma.sql`SELECT code, value FROM "SearchFacetValue" WHERE value = ANY(${unknown}::text[])`,
    )) {
      facetCodeOf.set(r.value, r.code);
      facetNames.set(r.code, r.value);
    }
  }
  return facetCodeOf;
}

/** Filters on facetCodes (no array columns: a narrower row is fewer heap pages per search — see the
 *  search_slim_key migration): any of a facet's values is one bracket expression of their characters. */
async function filterSql(q: SearchQuery): Promise<Prisma.Sql[]> {
  const f = q.filters ?? {};
  const wanted = (["themeIds", "prefectureCodes", "categories", "industries"] as const)
    .filter((n) => f[n]?.length)
    .map((n) => [n, f[n]!.map((v) => FACET_LETTER[n] + v)] as const);
  const codes = await facetCodesFor(wanted.flatMap(([, values]) => values));
  const and = wanted.map(([, values]) => {
    const chars = values.flatMap((v) => (codes.has(v) ? [String.fromCharCode(FACET_CHAR_BASE + codes.get(v)!)] : []));
    return chars.length ? Prisma.sql`"facetCodes" ~ ${`[${chars.join("")}]`}` : Prisma.sql`false`;
  });
  if (f.years?.length) and.push(Prisma.sql`year = ANY(${f.years}::int[])`);
  return and;
}

const titleBonus = (terms: string[]) =>
  terms.length
    ? Prisma.join(
        terms.map((t) => Prisma.sql`(CASE WHEN "titleNorm" LIKE ${likePattern(t)} THEN 10 ELSE 0 END)`),
        " + ",
      )
    : Prisma.sql`0`;
/** All terms, with the kind, as one GIN lookup (extra grams restrict it further, e.g. a sample bucket). */
const allGrams = (kind: SearchKind, terms: string[], extra: string[] = []) => {
  const g = [...new Set([...terms.flatMap(termGrams), ...extra])];
  // The kind as a literal, so the planner picks that kind's partial GIN index (a parameter cannot prove
  // the index predicate in a generic plan); the kind marker gram stays in the rows for suggest.
  const kindSql = Prisma.raw(`kind = '${KINDS[kind]}'`);
  return g.length ? Prisma.sql`${kindSql} AND grams @> ${g}::text[]` : kindSql;
};
/** Some term in the title, through the title grams (index) and then exactly (LIKE on the short title). */
const inTitle = (terms: string[]) =>
  Prisma.sql`(${Prisma.join(
    terms.map(
      (t) =>
        Prisma.sql`(grams @> ${termGrams(t).map((g) => TITLE_MARK + g)}::text[] AND "titleNorm" LIKE ${likePattern(t)})`,
    ),
    " OR ",
  )})`;

/** Every term in the title, by LIKE on the inline title only (for rows already at hand). */
const inTitleText = (terms: string[]) =>
  Prisma.join(
    terms.map((t) => Prisma.sql`"titleNorm" LIKE ${likePattern(t)}`),
    " AND ",
  );

/** WHERE conditions for the terms. No LIKE recheck on the body: detoasting textNorm for every
 *  candidate cost 5–10× the lookup; a document holding a term's bigrams apart is a (rare) false positive. */
function matchSql(kind: SearchKind, terms: string[], mode: "any" | "typo"): Prisma.Sql {
  const base = Prisma.sql`kind = ${kind}`;
  if (terms.length === 0) return allGrams(kind, []);
  if (mode === "any")
    return Prisma.sql`(${Prisma.join(
      terms.map((t) => allGrams(kind, [t])),
      " OR ",
    )})`;
  // Typo fallback: titles only, word_similarity ≥ 0.45 (search_title_typo, see the search_speed migration).
  const each = terms.map((t) =>
    termLength(t) >= 3 ? Prisma.sql`id IN (SELECT id FROM search_title_typo(${t}, ${kind}))` : allGrams(kind, [t]),
  );
  return Prisma.sql`${base} AND ${Prisma.join(each, " AND ")}`;
}

const scoreSql = (kind: SearchKind, terms: string[], mode: "any" | "typo") =>
  mode === "any"
    ? // Terms matched, each as one hashed index lookup: `grams @>` on the row would detoast every candidate's grams.
      Prisma.sql`${titleBonus(terms)} + ${Prisma.join(
        terms.map(
          (t) =>
            Prisma.sql`(CASE WHEN id IN (SELECT id FROM "SearchKey" WHERE ${allGrams(kind, [t])}) THEN 1 ELSE 0 END)`,
        ),
        " + ",
      )}`
    : Prisma.sql`${titleBonus(terms)} + ${Prisma.join(
        terms.map((t) => Prisma.sql`word_similarity(${t}, "titleNorm")`),
        " + ",
      )}`;

type PageRow = { id: string; title: string; body: string; keywords: string; year: number | null; date: string };
/** `factor`: what one sampled match stands for (estimates). */
type ResultRow = { total: number; sampled: number | null; page: PageRow[]; facets: string | null; factor?: number };

const orderBy = (q: SearchQuery, t = "") =>
  Prisma.raw(
    q.sort === "newest"
      ? `${t}"sortKey" DESC, ${t}score DESC, ${t}id DESC`
      : `${t}score DESC, ${t}"sortKey" DESC, ${t}id DESC`,
  );

/** total, the page (wide columns read for its rows only) and the joined facet codes, from the CTEs `counted` and `p`
 *  (one pass over `counted`, so it is not materialised). */
function resultSql(
  q: SearchQuery,
  counted: string,
  ctes: Prisma.Sql,
  sampledSql: Prisma.Sql = Prisma.sql`NULL::int`,
): Prisma.Sql {
  return Prisma.sql`WITH ${ctes}
    SELECT c.total, c.facets, ${sampledSql} AS sampled,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'body', e.body, 'keywords', e.keywords, 'year', k.year, 'date', k.date) ORDER BY ${orderBy(q, "p.")}), '[]'::json)
         FROM p JOIN "SearchEntry" e ON e.kind = ${q.kind} AND e.id = p.id JOIN "SearchKey" k ON k.kind = ${q.kind} AND k.id = p.id) AS page
    FROM (SELECT count(*)::int AS total, string_agg("facetCodes", '') AS facets FROM ${Prisma.raw(counted)}) c`;
}

const FACET_COLS = Prisma.raw(`"facetCodes"`);
/** SearchKey.sortKey from date and id (the search_sort_key migration computes it the same way). */
const SORT_KEY = Prisma.raw(`floor(extract(epoch FROM date))::int8 * 1073741824 + (hashtext(id)::int8 & 1073741823)`);
/** Newest rows of the kind a single-term title walk reads before it falls back to the title grams. */
export const TITLE_WALK = 500;
/** Newest rows of the kind a broad newest-first search tests before it falls back to every match. */
export const NEWEST_WALK = 1000;
/** Estimated matches from which a page is found by walking the kind newest first rather than through the index
 *  (a property so the contract test can run both ways on a small data set). */
export const tuning = {
  dense: 4000,
  /** Estimated title matches from which the title walk is tried: with fewer it rarely fills a page (「見守り」
   *  companies: 500 rows read for none), and the title grams give the few matches at once. */
  titleDense: 1000,
};

/** Mode "any" (similar cases and challenges for the wizard): every match, exact. */
async function runAny(q: SearchQuery, terms: string[]): Promise<ResultRow> {
  const perPage = q.perPage ?? DEFAULT_PER_PAGE;
  const offset = (Math.max(1, q.page ?? 1) - 1) * perPage;
  const ctes = Prisma.sql`m AS MATERIALIZED (
      SELECT id, "sortKey", (${scoreSql(q.kind, terms, "any")})::float8 AS score, ${FACET_COLS}
      FROM "SearchKey" WHERE ${Prisma.join([matchSql(q.kind, terms, "any"), ...(await filterSql(q))], " AND ")}
    ), p AS (SELECT id, score, "sortKey" FROM m ORDER BY ${orderBy(q)} LIMIT ${perPage} OFFSET ${offset})`;
  return (await searchQuery<ResultRow>(resultSql(q, "m", ctes)))[0];
}

/**
 * Mode "all" (the search page), one statement. `s0` reads the matches in sample bucket 0 (1/16, a
 * cheap GIN lookup); `g.est` scales its count up. Then exactly one of two branches runs — the other
 * is cut off by a one-time filter on `est`:
 * - exact (est ≤ EXACT_LIMIT): every match (`m`), or, when there is none and a term has 3+ characters,
 *   the title typo fallback (`ty`); total, facets and ranking are exact;
 * - estimate: total and facets from a sample (bucket 0 ×16, or buckets 0–3 ×4 when bucket 0 promises
 *   fewer than 4,000 matches: ~250–1,000 rows), and the exact first page — title matches, then the
 *   rest, each newest first. A single term's title matches are first looked for among the newest
 *   TITLE_WALK rows of the kind (「株式会社」: 20 rows instead of a bitmap of 25,000), then by grams.
 */
async function runAll(q: SearchQuery, terms: string[]): Promise<ResultRow> {
  const perPage = q.perPage ?? DEFAULT_PER_PAGE;
  const offset = (Math.max(1, q.page ?? 1) - 1) * perPage;
  const need = offset + perPage;
  const filters = await filterSql(q);
  const where = (...more: Prisma.Sql[]) => Prisma.join([...more, ...filters], " AND ");
  // Walks read the (kind, sortKey, id) index newest first.
  const walk = (...more: Prisma.Sql[]) => where(Prisma.raw(`kind = '${KINDS[q.kind]}'`), ...more);
  const match = allGrams(q.kind, terms);
  const exact = Prisma.sql`(SELECT est FROM g) <= ${EXACT_LIMIT}`;
  const broad = Prisma.sql`(SELECT est FROM g) > ${EXACT_LIMIT}`;
  const score = Prisma.sql`(${titleBonus(terms)})::float8`;
  const typo = terms.some((t) => termLength(t) >= 3);
  const ctes: Prisma.Sql[] = [
    // The sample also says how many matches have the term in their title (`test`, single-term queries).
    Prisma.sql`s0 AS MATERIALIZED (SELECT ${FACET_COLS}, ${terms.length === 1 ? inTitleText(terms) : Prisma.sql`false`} AS t
      FROM "SearchKey" WHERE ${where(allGrams(q.kind, terms, [BUCKET_MARK + "0"]))})`,
    Prisma.sql`g AS (SELECT count(*)::int * ${SAMPLE_BUCKETS} AS est, count(*) FILTER (WHERE t)::int * ${SAMPLE_BUCKETS} AS test FROM s0)`,
    Prisma.sql`m AS MATERIALIZED (SELECT id, "sortKey", ${score} AS score, ${FACET_COLS} FROM "SearchKey" WHERE ${where(match)} AND ${exact})`,
    typo
      ? Prisma.sql`ty AS MATERIALIZED (SELECT id, "sortKey", (${scoreSql(q.kind, terms, "typo")})::float8 AS score, ${FACET_COLS} FROM "SearchKey"
          WHERE ${where(matchSql(q.kind, terms, "typo"))} AND ${exact} AND NOT EXISTS (SELECT 1 FROM m)),
        mm AS NOT MATERIALIZED (SELECT * FROM m UNION ALL SELECT * FROM ty)`
      : // Not materialised: its two readers scan m itself instead of a second copy of every match.
        Prisma.sql`mm AS NOT MATERIALIZED (SELECT * FROM m)`,
    Prisma.sql`counted AS (SELECT ${FACET_COLS} FROM mm
      UNION ALL SELECT ${FACET_COLS} FROM s0 WHERE ${broad}
      UNION ALL SELECT ${FACET_COLS} FROM "SearchKey" WHERE ${where(match, Prisma.sql`grams && ${[1, 2, 3].map((b) => BUCKET_MARK + b.toString(16))}::text[]`)}
        AND ${broad} AND (SELECT est FROM g) < 4000)`,
    Prisma.sql`pe AS (SELECT id, score, "sortKey" FROM mm ORDER BY ${orderBy(q)} LIMIT ${perPage} OFFSET ${offset})`,
  ];
  if (q.sort === "newest" || terms.length === 0) {
    // Newest first: when matches are dense, the newest NEWEST_WALK rows of the kind, tested one by one;
    // else (or when that found too few) every match by grams, sorted.
    ctes.push(Prisma.sql`nw AS (SELECT id, ${score} AS score, "sortKey" FROM (
          SELECT kind, id, "sortKey", "titleNorm", grams FROM "SearchKey" WHERE ${walk()} AND (SELECT est FROM g) >= ${tuning.dense} ORDER BY "sortKey" DESC, id DESC LIMIT ${NEWEST_WALK}) w
          WHERE ${match} LIMIT ${need}),
        ng AS (SELECT id, ${score} AS score, "sortKey" FROM "SearchKey" WHERE ${where(match)} AND ${broad} AND (SELECT count(*) FROM nw) < ${need}
          ORDER BY "sortKey" DESC, id DESC LIMIT ${need}),
        pq AS (SELECT id, score, "sortKey" FROM (SELECT * FROM nw WHERE (SELECT count(*) FROM nw) >= ${need} UNION ALL SELECT * FROM ng) u
          ORDER BY ${orderBy(q)} LIMIT ${perPage} OFFSET ${offset})`);
  } else {
    if (terms.length === 1) {
      // Every title match scores 10, so (sortKey, id) order is the ranking.
      ctes.push(Prisma.sql`tw AS (SELECT id, ${score} AS score, "sortKey" FROM (
          SELECT id, "sortKey", "titleNorm" FROM "SearchKey" WHERE ${walk()} AND ${broad} AND (SELECT test FROM g) >= ${tuning.titleDense}
          ORDER BY "sortKey" DESC, id DESC LIMIT ${TITLE_WALK}) w
          WHERE ${inTitleText(terms)} LIMIT ${need}),
        tg AS (SELECT id, ${score} AS score, "sortKey" FROM "SearchKey" WHERE ${where(match, inTitle(terms))} AND ${broad} AND (SELECT count(*) FROM tw) < ${need}
          ORDER BY "sortKey" DESC, id DESC LIMIT ${need}),
        t AS (SELECT * FROM tw WHERE (SELECT count(*) FROM tw) >= ${need} UNION ALL SELECT * FROM tg)`);
    } else {
      ctes.push(Prisma.sql`t AS (SELECT id, ${score} AS score, "sortKey" FROM "SearchKey" WHERE ${where(match, inTitle(terms))} AND ${broad}
          ORDER BY score DESC, "sortKey" DESC, id DESC LIMIT ${need})`);
    }
    // The rest (no term in the title), newest first. Dense matches (est ≥ tuning.dense): the newest
    // NEWEST_WALK rows of the kind, testing grams row by row (a TOAST read each, few rows; written as a
    // subquery so the generic plan cannot turn it into a bitmap of every match and a sort — 13,411 rows,
    // 9 ms for 「市」). Sparser, or when the walk found too few: every match through the GIN index (no
    // TOAST reads), then the newest — walking there read ~400 rows' grams for 20 hits (3.4 ms).
    const rest = Prisma.sql`(SELECT count(*) FROM t) < ${need} AND ${broad}`;
    ctes.push(Prisma.sql`rw AS (SELECT id, 0::float8 AS score, "sortKey" FROM (
          SELECT kind, id, "sortKey", "titleNorm", grams FROM "SearchKey" WHERE ${walk()} AND ${rest} AND (SELECT est FROM g) >= ${tuning.dense}
          ORDER BY "sortKey" DESC, id DESC LIMIT ${NEWEST_WALK}) w
        WHERE ${match} AND id NOT IN (SELECT id FROM t) LIMIT ${need}),
      r AS (SELECT * FROM rw WHERE (SELECT count(*) FROM rw) >= ${need}
        UNION ALL (SELECT id, 0::float8 AS score, "sortKey" FROM (SELECT id, "sortKey" FROM "SearchKey"
            WHERE ${rest} AND ((SELECT est FROM g) < ${tuning.dense} OR (SELECT count(*) FROM rw) < ${need}) AND ${where(match)} OFFSET 0) rm
          WHERE id NOT IN (SELECT id FROM t) ORDER BY "sortKey" DESC, id DESC LIMIT ${need})),
      pq AS (SELECT id, score, "sortKey" FROM (SELECT * FROM t UNION ALL SELECT * FROM r) u ORDER BY ${orderBy(q)} LIMIT ${perPage} OFFSET ${offset})`);
  }
  ctes.push(Prisma.sql`p AS (SELECT * FROM pe UNION ALL SELECT * FROM pq)`);
  const row = (
    await searchQuery<ResultRow>(resultSql(q, "counted", Prisma.join(ctes, ", "), Prisma.sql`(SELECT est FROM g)`))
  )[0];
  const est = row.sampled ?? 0;
  if (est <= EXACT_LIMIT) return { ...row, sampled: null };
  const factor = est < 4000 ? SAMPLE_BUCKETS / 4 : SAMPLE_BUCKETS;
  return { ...row, total: Math.max(EXACT_LIMIT + 1, row.total * factor), factor };
}

function toHit(r: PageRow, terms: string[]): SearchHit {
  const inBody = snippet(r.body, terms);
  // When only the keywords matched (a municipality or partner name), show them instead of the body's start.
  const inKeywords = terms.length > 0 && !inBody.includes(HIGHLIGHT_START) ? snippet(r.keywords, terms) : "";
  return {
    id: r.id,
    title: r.title,
    titleHighlighted: highlight(r.title, terms),
    snippet: inKeywords.includes(HIGHLIGHT_START) ? inKeywords : inBody,
    year: r.year,
    date: new Date(r.date).toISOString(),
  };
}

export const postgresBackend: SearchBackend = {
  name: "postgres",
  async setup() {
    // The table and its indexes come with the migrations.
  },
  // Both tables in one statement (data-modifying CTEs), so they never disagree.
  async upsert(docs) {
    if (docs.length === 0) return;
    const values = docs.map(facetValues);
    const codes = await numberFacetValues(values.flat());
    const rows = docs.map((d, i) => ({ ...toRow(d), facetCodes: facetChars(values[i], codes) }));
    await db.$executeRaw`
      WITH x AS (SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(kind text, id text, title text, body text, keywords text, "titleNorm" text,
          "textNorm" text, grams text[], year int, date timestamptz, "facetCodes" text)),
        k AS (INSERT INTO "SearchKey" (kind, id, date, "sortKey", "titleNorm", grams, year, "facetCodes")
          SELECT kind, id, date, ${SORT_KEY}, "titleNorm", grams, year, "facetCodes" FROM x
          ON CONFLICT (kind, id) DO UPDATE SET date = EXCLUDED.date, "sortKey" = EXCLUDED."sortKey", "titleNorm" = EXCLUDED."titleNorm", grams = EXCLUDED.grams,
            year = EXCLUDED.year, "facetCodes" = EXCLUDED."facetCodes", "toastPad" = DEFAULT)
      INSERT INTO "SearchEntry" (kind, id, title, body, keywords, "titleNorm", "textNorm", date, "indexedAt")
      SELECT kind, id, title, body, keywords, "titleNorm", "textNorm", date, now() FROM x
      ON CONFLICT (kind, id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, keywords = EXCLUDED.keywords, "titleNorm" = EXCLUDED."titleNorm",
        "textNorm" = EXCLUDED."textNorm", date = EXCLUDED.date, "indexedAt" = now()`;
  },
  async remove(kind, ids) {
    if (ids.length === 0) return;
    await db.$executeRaw`WITH k AS (DELETE FROM "SearchKey" WHERE kind = ${kind} AND id = ANY(${ids}::text[]))
      DELETE FROM "SearchEntry" WHERE kind = ${kind} AND id = ANY(${ids}::text[])`;
  },
  async clear(kind) {
    await db.$executeRaw`WITH k AS (DELETE FROM "SearchKey" WHERE kind = ${kind}) DELETE FROM "SearchEntry" WHERE kind = ${kind}`;
  },
  async search(q): Promise<SearchResult> {
    const terms = queryTerms(q.q);
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const mode = q.match ?? "all";
    const row = mode === "any" ? await runAny(q, terms) : await runAll(q, terms);
    const estimated = row.sampled != null;
    const facets = await countFacets(q.kind, row.facets, row.factor);
    const result: SearchResult = {
      hits: row.page.map((r) => toHit(r, terms)),
      total: row.total,
      facets,
      page: Math.max(1, q.page ?? 1),
      perPage,
    };
    return estimated ? { ...result, totalIsEstimate: true } : result;
  },
  async suggest(q, limit, kinds = ["CASE", "CHALLENGE", "COMPANY"]) {
    const terms = queryTerms(q);
    if (terms.length === 0) return [];
    const all = [...new Set(terms.flatMap(termGrams))];
    const inTitle = terms.map((t) => Prisma.sql`k."titleNorm" LIKE ${likePattern(t)}`);
    return searchQuery<{ kind: SearchKind; id: string; title: string }>(Prisma.sql`
      SELECT k.kind, k.id, e.title FROM "SearchKey" k JOIN "SearchEntry" e ON e.kind = k.kind AND e.id = k.id
      WHERE k.kind = ANY(${[...kinds]}::text[]) AND k.grams @> ${all}::text[] AND ${Prisma.join(inTitle, " AND ")}
      ORDER BY (k."titleNorm" LIKE ${`${terms[0].replace(/[\\%_]/g, (c) => `\\${c}`)}%`}) DESC, k.date DESC LIMIT ${limit}`);
  },
};
