import { Meilisearch, type Index, type Settings } from "meilisearch";
import { highlight, snippet } from "./highlight";
import { indexText } from "./index-text";
import { queryTerms } from "./normalize";
import { withSynonyms } from "./synonyms";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SEARCH_KINDS,
  type FacetCounts,
  type SearchBackend,
  type SearchDocument,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
} from "./types";

// Meilisearch backend (MEILISEARCH_HOST set): one index per kind. Documents carry the original
// fields for display plus the normalised ones (lib/search/normalize.ts) that the search runs on, so
// katakana/hiragana, full/half width and 「ー」 fold the same way as in the PostgreSQL backend.
// localizedAttributes jpn: otherwise the tokenizer takes kanji-only text for Chinese and segments it badly.
// The normalised fields carry the same synonyms and readings as the PostgreSQL backend's (index-text.ts), and
// `demoRank` (1 for demo data) is the first ranking rule, so demo data ranks after real data in every order.

type MeiliDoc = Omit<SearchDocument, "kind" | "isDemo"> & {
  titleNorm: string;
  textNorm: string;
  dateTs: number;
  demoRank: number;
};

const PER_PAGE = 20;
const FACET_FIELDS = {
  themeIds: "themeIds",
  prefectureCodes: "prefectureCodes",
  categories: "category",
  industries: "industries",
  years: "year",
} as const;

export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ["titleNorm", "textNorm"],
  filterableAttributes: ["themeIds", "prefectureCodes", "category", "industries", "year"],
  sortableAttributes: ["dateTs", "demoRank"],
  rankingRules: ["demoRank:asc", "words", "typo", "proximity", "attribute", "sort", "exactness", "dateTs:desc"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["jpn"] }],
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 100_000 },
};

async function toMeili(d: SearchDocument): Promise<MeiliDoc> {
  const { kind: _kind, isDemo, ...rest } = d;
  void _kind;
  const { titleNorm, restNorm } = await indexText(d);
  return { ...rest, titleNorm, textNorm: restNorm, dateTs: Date.parse(d.date), demoRank: isDemo ? 1 : 0 };
}

const list = (values: (string | number)[]) => `[${values.map((v) => JSON.stringify(String(v))).join(", ")}]`;

function filterExpr(q: SearchQuery): string[] {
  const f = q.filters ?? {};
  const out: string[] = [];
  if (f.themeIds?.length) out.push(`themeIds IN ${list(f.themeIds)}`);
  if (f.prefectureCodes?.length) out.push(`prefectureCodes IN ${list(f.prefectureCodes)}`);
  if (f.categories?.length) out.push(`category IN ${list(f.categories)}`);
  if (f.industries?.length) out.push(`industries IN ${list(f.industries)}`);
  if (f.years?.length) out.push(`year IN [${f.years.map((y) => Number(y)).join(", ")}]`);
  return out;
}

export function createMeilisearchBackend(opts: { host: string; apiKey?: string; prefix?: string }): SearchBackend {
  const client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey });
  const prefix = opts.prefix ?? process.env.MEILISEARCH_INDEX_PREFIX ?? "kyoso";
  const uid = (kind: SearchKind) => `${prefix}_${kind.toLowerCase()}`;
  const index = (kind: SearchKind): Index<MeiliDoc> => client.index<MeiliDoc>(uid(kind));

  return {
    name: "meilisearch",
    async setup() {
      for (const kind of SEARCH_KINDS) {
        const existing = await client.getIndexes({ limit: 1000 });
        if (!existing.results.some((i) => i.uid === uid(kind)))
          await client.createIndex(uid(kind), { primaryKey: "id" }).waitTask();
        await index(kind).updateSettings(MEILI_SETTINGS).waitTask();
      }
    },
    async upsert(docs) {
      for (const kind of SEARCH_KINDS) {
        const mine = await Promise.all(docs.filter((d) => d.kind === kind).map(toMeili));
        // Waiting makes a failed task fail the job, and pg-boss retries it.
        if (mine.length) await index(kind).addDocuments(mine, { primaryKey: "id" }).waitTask();
      }
    },
    async remove(kind, ids) {
      if (ids.length) await index(kind).deleteDocuments(ids).waitTask();
    },
    async clear(kind) {
      await index(kind).deleteAllDocuments().waitTask();
    },
    async search(q) {
      const terms = queryTerms(q.q);
      const marked = terms.flatMap(withSynonyms);
      const perPage = q.perPage ?? PER_PAGE;
      const page = Math.max(1, q.page ?? 1);
      const facetNames = (Object.keys(FACET_FIELDS) as (keyof typeof FACET_FIELDS)[]).filter((f) =>
        q.kind === "COMPANY" ? f !== "themeIds" && f !== "years" : f !== "industries",
      );
      const res = await index(q.kind).search(terms.join(" "), {
        filter: filterExpr(q),
        facets: facetNames.map((f) => FACET_FIELDS[f]),
        page,
        hitsPerPage: perPage,
        sort: q.sort === "newest" ? ["dateTs:desc"] : undefined,
        matchingStrategy: q.match === "any" ? "frequency" : "all",
        attributesToHighlight: ["titleNorm"],
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
        attributesToRetrieve: ["id", "title", "body", "keywords", "year", "date"],
        locales: ["jpn"],
      });
      const facets: FacetCounts = {};
      for (const f of facetNames) facets[f] = res.facetDistribution?.[FACET_FIELDS[f]] ?? {};
      // Highlighting runs on the original text (see highlight.ts) so both backends mark the same way;
      // Meilisearch's own markers are on the normalised field the user never sees.
      const hits: SearchHit[] = res.hits.map((h) => {
        const body = snippet(h.body, marked);
        const keywords = snippet(h.keywords, marked);
        return {
          id: h.id,
          title: h.title,
          titleHighlighted: highlight(h.title, marked),
          snippet: body.includes(HIGHLIGHT_START) ? body : keywords.includes(HIGHLIGHT_START) ? keywords : body,
          year: h.year,
          date: h.date,
        };
      });
      return { hits, total: res.totalHits ?? res.hits.length, facets, page, perPage };
    },
    async suggest(q, limit, kinds = SEARCH_KINDS) {
      const terms = queryTerms(q);
      if (terms.length === 0) return [];
      const res = await client.multiSearch({
        queries: kinds.map((k) => ({
          indexUid: uid(k),
          q: terms.join(" "),
          limit,
          attributesToSearchOn: ["titleNorm"],
          attributesToRetrieve: ["id", "title"],
          showRankingScore: true,
        })),
      });
      return res.results
        .flatMap((r, i) =>
          r.hits.map((h) => ({
            kind: kinds[i],
            id: String(h.id),
            title: String(h.title),
            score: Number(h._rankingScore ?? 0),
          })),
        )
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ kind, id, title }) => ({ kind, id, title }));
    },
  };
}
