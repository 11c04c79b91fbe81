// The one search interface (issue: search). Two backends implement SearchBackend: PostgreSQL
// (default, embedded) and Meilisearch (when MEILISEARCH_HOST is set). Only public documents are
// ever indexed; callers still hydrate results through the visibility rules (defence in depth).

export const SEARCH_KINDS = ["CASE", "CHALLENGE", "COMPANY"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a backend stores per document: text to match plus the facet values. */
export type SearchDocument = {
  kind: SearchKind;
  id: string;
  title: string;
  /** Searchable text below the title (summary, body, capabilities …). */
  body: string;
  /** Extra searchable words: municipality/company names, partner names, theme names. */
  keywords: string;
  themeIds: string[];
  /** JIS prefecture codes: municipality's for cases/challenges, HQ + regions served for companies
   *  (NATIONWIDE "00" for a company serving all of Japan; a prefecture filter on companies includes it). */
  prefectureCodes: string[];
  /** CASE: scheme; CHALLENGE: ChallengeKind; COMPANY: size. */
  category: string | null;
  /** COMPANY only: Industry values. */
  industries: string[];
  /** CASE: fiscal year; CHALLENGE: fiscal year of publication; COMPANY: null. */
  year: number | null;
  /** For "newest first" and as a tie-breaker. */
  date: string;
  /** Generated demo data (Case.isDemo, Challenge.isDemo): ranks after every real document, whatever the order. */
  isDemo?: boolean;
};

export type SearchFilters = {
  themeIds?: string[];
  prefectureCodes?: string[];
  categories?: string[];
  industries?: string[];
  years?: number[];
};

export type SearchQuery = {
  kind: SearchKind;
  q: string;
  filters?: SearchFilters;
  sort?: "relevance" | "newest";
  page?: number;
  perPage?: number;
  /** "all" (default): every word must match. "any": documents matching more words rank higher (similar-text search). */
  match?: "all" | "any";
};

export type FacetName = "themeIds" | "prefectureCodes" | "categories" | "industries" | "years";
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

export type SearchHit = {
  id: string;
  title: string;
  /** Title and a body snippet with matches wrapped in HIGHLIGHT_START / HIGHLIGHT_END markers. */
  titleHighlighted: string;
  snippet: string;
  /** Filled by the service (lib/search/service.ts) when it hydrates hits from the source rows. */
  href?: string;
  /** Municipality name (cases, challenges) or industries (companies). */
  subtitle?: string;
  year?: number | null;
  /** ISO date: case start, challenge publication, company profile update. */
  date?: string;
  /** Generated demo rows are shown with a 「デモデータ」 badge. */
  isDemo?: boolean;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: FacetCounts;
  page: number;
  perPage: number;
  /** True when `total` and the facet counts are estimates (very broad queries; see docs/search.md):
   *  show them as 「約12,000件」. The hits are exact either way. */
  totalIsEstimate?: boolean;
};

/** Companies that serve every prefecture (empty regionsServed) carry this code instead of all 47. */
export const NATIONWIDE = "00";

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

export interface SearchBackend {
  readonly name: "postgres" | "meilisearch";
  /** Create indexes/settings if missing; idempotent. */
  setup(): Promise<void>;
  upsert(docs: SearchDocument[]): Promise<void>;
  remove(kind: SearchKind, ids: string[]): Promise<void>;
  /** Drop every document of a kind (reindex from scratch). */
  clear(kind: SearchKind): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Titles for as-you-type suggestions, across kinds. */
  suggest(
    q: string,
    limit: number,
    kinds?: readonly SearchKind[],
  ): Promise<{ kind: SearchKind; id: string; title: string }[]>;
}
