import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/search-box";
import { getCurrentUser } from "@/lib/auth/session";
import { canViewDirectory } from "@/lib/companies/access";
import { countsByKind, searchFor } from "@/lib/search/service";
import type { SearchFilters } from "@/lib/search/types";
import { listThemes } from "@/lib/themes/queries";
import { ActiveFilters, activeFilters } from "./_components/active-filters";
import { EmptyState } from "./_components/empty-state";
import { FacetForm } from "./_components/facet-form";
import { getFacetLabeler } from "./_components/facet-labels";
import { NoQuery } from "./_components/no-query";
import { countKey, shownCount } from "./_components/count-format";
import { ResultList } from "./_components/result-list";
import { SearchTabs } from "./_components/search-tabs";
import {
  hasFilters,
  parseSearchState,
  searchHref,
  SORTS,
  tabHref,
  TABS,
  toParams,
  type SearchState,
  type Tab,
} from "./_components/search-params";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("search.meta");
  const { q } = parseSearchState(await searchParams);
  return { title: q ? t("titleWithQuery", { q }) : t("title"), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const [t, locale, user, themes] = await Promise.all([
    getTranslations("search"),
    getLocale(),
    getCurrentUser(),
    listThemes(),
  ]);
  // The company directory is for ACTIVE staff and coordinators only; everyone else never sees the tab.
  const tabs: readonly Tab[] = canViewDirectory(user) ? TABS : TABS.filter((x) => x !== "COMPANY");
  const parsed = parseSearchState(raw);
  const base = tabs.includes(parsed.tab) ? parsed : parseSearchState({ ...raw, tab: "CASE" });
  const themeBySlug = new Map(themes.map((th) => [th.slug, th]));
  const state: SearchState = { ...base, theme: base.theme.filter((s) => themeBySlug.has(s)) };
  // "Popular" = the themes with the most public cases, so the first links lead somewhere full.
  const popularThemes = async () => {
    // Best effort: if the index cannot answer, the themes keep their usual order.
    const n = await searchFor(user, { kind: "CASE", q: "" }).then(
      (r) => r.facets.themeIds ?? {},
      () => ({}) as Record<string, number>,
    );
    return [...themes]
      .sort((a, b) => (n[b.id] ?? 0) - (n[a.id] ?? 0))
      .map((th) => ({
        label: locale === "ja" ? th.nameJa : th.nameEn,
        href: searchHref({ ...state, q: "", tab: "CASE" }, { theme: [th.slug], pref: [], cat: [], ind: [], year: [] }),
      }));
  };

  const header = (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={tabs.includes("COMPANY") ? t("leadStaff") : t("lead")} />
      <SearchBox
        key={state.q}
        label={t("box.label")}
        defaultValue={state.q}
        keep={[...keepParams(state)]}
        testId="search-page-form"
      />
    </div>
  );

  if (!state.q && !hasFilters(state)) {
    return (
      <div className="space-y-6">
        {header}
        <NoQuery themes={await popularThemes()} />
      </div>
    );
  }

  const themeIds = state.theme.map((s) => themeBySlug.get(s)!.id);
  const filters: SearchFilters = {
    themeIds,
    prefectureCodes: state.pref,
    categories: state.cat,
    industries: state.ind,
    years: state.year,
  };
  const found = await Promise.all([
    countsByKind(user, state.q, { themeIds, prefectureCodes: state.pref }),
    searchFor(user, { kind: state.tab, q: state.q, filters, sort: state.sort, page: state.page }),
    getFacetLabeler(state.tab, themes),
  ]).catch((e: unknown) => {
    // A broken index must not take the page down: say so, and point to the plain lists.
    console.error("[search.page]", e);
    return null;
  });
  if (!found) {
    return (
      <div className="space-y-6">
        {header}
        <Notice tone="warning" role="alert">
          {t("results.unavailable")} <Link href="/cases">{t("noQuery.allCases")}</Link> ・{" "}
          <Link href="/challenges">{t("noQuery.allChallenges")}</Link>
        </Notice>
      </div>
    );
  }
  const [counts, result, label] = found;
  const themeLinks = result.total === 0 ? (await popularThemes()).slice(0, 8) : [];
  const estimate = result.totalIsEstimate === true;
  const tabCounts = { ...counts, [state.tab]: { count: result.total, estimate } };
  const shown = shownCount(result.total, estimate);
  const active = activeFilters(state, label);
  const clearHref = searchHref(state, { theme: [], pref: [], cat: [], ind: [], year: [] });
  const tabName = t(`tabs.${state.tab}`);
  const otherTabs = tabs
    .filter((x) => x !== state.tab)
    .map((x) => ({
      tab: x,
      count: counts[x]?.count ?? 0,
      estimate: counts[x]?.estimate ?? false,
      href: tabHref(state, x),
    }));

  return (
    <div className="space-y-6">
      {header}
      <SearchTabs state={state} tabs={tabs} counts={tabCounts} />
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <section aria-labelledby="results-heading" className="space-y-4 lg:col-start-2 lg:row-start-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
            <h2 id="results-heading" className="text-lg font-bold" data-testid="results-heading">
              {state.q
                ? t(`results.${countKey("heading", estimate)}`, { q: state.q, tab: tabName, count: shown })
                : t(`results.${countKey("headingNoQuery", estimate)}`, { tab: tabName, count: shown })}
            </h2>
            <div className="flex flex-wrap items-center gap-x-4 text-sm">
              <a href="#facets-heading" className="inline-flex min-h-11 items-center lg:hidden">
                {t("facets.heading")} ↓
              </a>
              <SortLinks
                state={state}
                label={t("sort.label")}
                names={{ relevance: t("sort.relevance"), newest: t("sort.newest") }}
              />
            </div>
          </div>
          <ActiveFilters filters={active} clearHref={clearHref} />
          {result.hits.length ? (
            <ResultList tab={state.tab} hits={result.hits} />
          ) : result.total > 0 ? (
            <Card as="p">
              {t("results.pageEmpty")} <Link href={searchHref(state, { page: 1 })}>{t("results.firstPage")}</Link>
            </Card>
          ) : (
            <EmptyState state={state} filters={active} otherTabs={otherTabs} themes={themeLinks} />
          )}
          {result.total > result.perPage ? (
            <Pagination
              page={result.page}
              pageSize={result.perPage}
              total={result.total}
              basePath="/search"
              params={Object.fromEntries(toParamsEntries(state))}
            />
          ) : null}
          {state.tab === "CHALLENGE" ? <p className="text-sm text-stone-600">{t("results.hiddenPrivate")}</p> : null}
        </section>
        <div className="lg:col-start-1 lg:row-start-1">
          <FacetForm state={state} facets={result.facets} estimate={estimate} label={label} themes={themes} />
        </div>
      </div>
    </div>
  );
}

/** What a new query typed on this page keeps: the tab and the ticked filters (not the page number). */
function* keepParams(s: SearchState): Generator<[string, string]> {
  for (const [k, v] of toParams(s, { q: "", page: 1 })) yield [k, v];
}

/** The shared pager takes one value per key; repeated facet keys travel comma-joined (the parser splits them). */
function toParamsEntries(s: SearchState): [string, string | undefined][] {
  const p = toParams(s, { page: 1 });
  return [...new Set(p.keys())].map((k) => [k, p.getAll(k).join(",")]);
}

function SortLinks({
  state,
  label,
  names,
}: {
  state: SearchState;
  label: string;
  names: Record<(typeof SORTS)[number], string>;
}) {
  return (
    <nav aria-label={label} className="flex items-center gap-3">
      <span className="text-stone-700">{label}：</span>
      {SORTS.map((s) =>
        s === state.sort ? (
          <span key={s} aria-current="true" className="font-bold">
            {names[s]}
          </span>
        ) : (
          <Link key={s} href={searchHref(state, { sort: s })} className="inline-flex min-h-11 items-center">
            {names[s]}
          </Link>
        ),
      )}
    </nav>
  );
}
