import { z } from "zod";
import { CASE_SCHEMES } from "@/lib/cases/schema";
import { PUBLIC_KINDS } from "@/lib/challenges/schema";
import { COMPANY_SIZES, INDUSTRIES } from "@/lib/companies/schema";
import { prefectureCodes } from "@/lib/municipalities/prefectures";

// Every piece of the search page's state lives in the query string, so a search can be bookmarked,
// pasted into an e-mail to a colleague, and works as a plain GET form without JavaScript. Anything
// malformed falls back to a default instead of failing: a mistyped URL must never become a 500.

export const TABS = ["CASE", "CHALLENGE", "COMPANY"] as const;
export type Tab = (typeof TABS)[number];
export const SORTS = ["relevance", "newest"] as const;
export type Sort = (typeof SORTS)[number];
export const MAX_QUERY = 100;
export const MAX_PAGE = 50;

/** The `cat` facet means a different field per tab: scheme for cases, kind for challenges, size for companies. */
export const CATEGORIES: Record<Tab, readonly string[]> = {
  CASE: CASE_SCHEMES,
  CHALLENGE: PUBLIC_KINDS,
  COMPANY: COMPANY_SIZES,
};

export type SearchState = {
  q: string;
  tab: Tab;
  theme: string[];
  pref: string[];
  cat: string[];
  ind: string[];
  year: number[];
  sort: Sort;
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string | undefined => list(v)[0];
/** Facets accept both theme=a&theme=b (the form) and theme=a,b (the shared pager's links). */
const all = (v: string | string[] | undefined): string[] =>
  list(v)
    .flatMap((x) => x.split(","))
    .map((x) => x.trim())
    .filter(Boolean);
const uniq = <T>(xs: T[]) => [...new Set(xs)].slice(0, 50);

const slug = z.string().regex(/^[a-z0-9-]{1,40}$/);
const year = z.coerce.number().int().min(2000).max(2100);
const page = z.coerce.number().int().min(1).max(MAX_PAGE);

/** Theme slugs are checked against the real list by the page; here only their shape. */
export function parseSearchState(raw: Raw): SearchState {
  const tab = z.enum(TABS).catch("CASE").parse(one(raw.tab)?.toUpperCase());
  const keep = (values: string[], allowed: readonly string[]) => uniq(values.filter((v) => allowed.includes(v)));
  return {
    q: normalizeQuery(one(raw.q) ?? ""),
    tab,
    theme: uniq(all(raw.theme).filter((v) => slug.safeParse(v).success)),
    pref: keep(all(raw.pref), prefectureCodes),
    cat: keep(all(raw.cat), CATEGORIES[tab]),
    ind: tab === "COMPANY" ? keep(all(raw.ind), INDUSTRIES) : [],
    year:
      tab === "COMPANY"
        ? []
        : uniq(
            all(raw.year).flatMap((v) => {
              const r = year.safeParse(v);
              return r.success ? [r.data] : [];
            }),
          ),
    sort: z.enum(SORTS).catch("relevance").parse(one(raw.sort)),
    page: page.catch(1).parse(one(raw.page)),
  };
}

/**
 * Collapse whitespace (full-width spaces included), drop control characters (NUL breaks PostgreSQL
 * text, and U+0002/U+0003 are the highlight markers) and cut overlong input instead of rejecting it.
 */
export function normalizeQuery(q: string): string {
  return q
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/[\s\u3000]+/g, " ")
    .trim()
    .slice(0, MAX_QUERY);
}

/** Back to URL parameters; defaults are left out so links stay short. */
export function toParams(s: SearchState, patch: Partial<SearchState> = {}): URLSearchParams {
  const v = { ...s, ...patch };
  const p = new URLSearchParams();
  if (v.q) p.set("q", v.q);
  if (v.tab !== "CASE") p.set("tab", v.tab);
  for (const x of v.theme) p.append("theme", x);
  for (const x of v.pref) p.append("pref", x);
  for (const x of v.cat) p.append("cat", x);
  for (const x of v.ind) p.append("ind", x);
  for (const x of v.year) p.append("year", String(x));
  if (v.sort !== "relevance") p.set("sort", v.sort);
  if (v.page > 1) p.set("page", String(v.page));
  return p;
}

export function searchHref(s: SearchState, patch: Partial<SearchState> = {}): string {
  const qs = toParams(s, { page: 1, ...patch }).toString();
  return qs ? `/search?${qs}` : "/search";
}

/**
 * Switching tabs keeps what means the same on every tab (query, theme, prefecture) and drops the
 * rest, so the count shown on a tab is exactly what clicking it finds.
 */
export function tabHref(s: SearchState, tab: Tab): string {
  return searchHref(s, { tab, cat: [], ind: [], year: [] });
}

export const hasFilters = (s: SearchState) =>
  s.theme.length + s.pref.length + s.cat.length + s.ind.length + s.year.length > 0;

export function hitHref(kind: Tab, id: string): string {
  const base = kind === "CASE" ? "/cases" : kind === "CHALLENGE" ? "/challenges" : "/companies";
  return `${base}/${encodeURIComponent(id)}`;
}
