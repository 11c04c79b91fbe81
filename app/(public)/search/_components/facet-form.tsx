import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { FacetCounts, FacetName } from "@/lib/search/types";
import { shownCount } from "./count-format";
import type { FacetGroup, FacetLabeler, ThemeLite } from "./facet-labels";
import { hasFilters, searchHref, type SearchState, type Tab } from "./search-params";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

const GROUPS: Record<Tab, FacetGroup[]> = {
  CASE: ["theme", "pref", "cat", "year"],
  CHALLENGE: ["theme", "pref", "cat", "year"],
  COMPANY: ["theme", "pref", "cat", "ind"],
};
const SOURCE: Record<FacetGroup, FacetName> = {
  theme: "themeIds",
  pref: "prefectureCodes",
  cat: "categories",
  ind: "industries",
  year: "years",
};
const VISIBLE = 8;

type Option = { value: string; label: string; count: number; checked: boolean };

/** Checkbox facets as a plain GET form: tick, press the button, and the URL carries the choice. */
/** `estimate`: the counts come from a sample (very broad queries) and are shown as 「約120」. */
export async function FacetForm({
  state,
  facets,
  estimate = false,
  label,
  themes,
}: {
  state: SearchState;
  facets: FacetCounts;
  estimate?: boolean;
  label: FacetLabeler;
  themes: ThemeLite[];
}) {
  const t = await getTranslations("search.facets");
  const slugOf = new Map(themes.map((th) => [th.id, th.slug]));
  const options = (group: FacetGroup): Option[] => {
    const selected = (group === "year" ? state.year.map(String) : state[group]) as string[];
    const counts = new Map<string, number>();
    for (const [key, n] of Object.entries(facets[SOURCE[group]] ?? {})) {
      const value = group === "theme" ? slugOf.get(key) : key;
      if (value && n > 0) counts.set(value, n);
    }
    // A ticked value stays on screen even when nothing matches it any more, so it can be unticked.
    for (const v of selected) if (!counts.has(v)) counts.set(v, 0);
    const list = [...counts].map(([value, count]) => ({
      value,
      count,
      label: label(group, value),
      checked: selected.includes(value),
    }));
    return list.sort(
      (a, b) =>
        Number(b.checked) - Number(a.checked) ||
        (group === "year" ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value)),
    );
  };
  // A ticked value with no match (0) is exact even in an estimate.
  const countText = (n: number) =>
    estimate && n > 0 ? t("countEstimate", { count: shownCount(n, true) }) : n.toLocaleString();
  return (
    <Card as="form" method="get" action="/search" aria-labelledby="facets-heading" data-testid="facet-form">
      <h2 id="facets-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {estimate ? (
        <p className="mt-1 text-sm text-stone-700" data-testid="facet-estimate-note">
          {t("estimateNote")}
        </p>
      ) : null}
      {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
      {state.tab !== "CASE" ? <input type="hidden" name="tab" value={state.tab} /> : null}
      {state.sort !== "relevance" ? <input type="hidden" name="sort" value={state.sort} /> : null}
      {GROUPS[state.tab].map((group) => {
        const opts = options(group);
        const legend = group === "cat" ? t(`cat.${state.tab}`) : t(group);
        return (
          <fieldset key={group} className="mt-4 border-t border-stone-200 pt-3" data-testid={`facet-${group}`}>
            <legend className="float-left mb-1 w-full font-bold">{legend}</legend>
            {opts.length === 0 ? (
              <p className="clear-both text-sm text-stone-600">{t("none")}</p>
            ) : (
              <div className="clear-both">
                <Checkboxes group={group} options={opts.slice(0, VISIBLE)} countText={countText} />
                {opts.length > VISIBLE ? (
                  <details className="mt-1">
                    <summary className="min-h-11 cursor-pointer py-2 text-brand-700 underline">
                      {t("more", { count: opts.length - VISIBLE })}
                    </summary>
                    <Checkboxes group={group} options={opts.slice(VISIBLE)} countText={countText} />
                  </details>
                ) : null}
              </div>
            )}
          </fieldset>
        );
      })}
      <div className="mt-4 flex flex-col gap-2">
        <Button type="submit">{t("apply")}</Button>
        {hasFilters(state) ? (
          <Link
            href={searchHref(state, { theme: [], pref: [], cat: [], ind: [], year: [] })}
            className="inline-flex min-h-11 items-center justify-center"
          >
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </Card>
  );
}

function Checkboxes({
  group,
  options,
  countText,
}: {
  group: FacetGroup;
  options: Option[];
  countText: (n: number) => string;
}) {
  return (
    <ul className="space-y-0.5">
      {options.map((o) => {
        const id = `facet-${group}-${o.value}`;
        return (
          <li key={o.value}>
            <label
              htmlFor={id}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded px-1 hover:bg-stone-50 sm:min-h-9"
            >
              <input
                id={id}
                type="checkbox"
                name={group}
                value={o.value}
                defaultChecked={o.checked}
                className="size-5 shrink-0 accent-brand-700"
              />
              <span className="min-w-0 flex-1">{o.label}</span>
              <span className="text-sm text-stone-600">{countText(o.count)}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
