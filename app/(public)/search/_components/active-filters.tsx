import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { FacetGroup, FacetLabeler } from "./facet-labels";
import { searchHref, type SearchState } from "./search-params";

export type ActiveFilter = { group: FacetGroup; value: string; label: string; href: string };

/** Every ticked facet value, each with the link that searches again without it. */
export function activeFilters(state: SearchState, label: FacetLabeler): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const add = (group: FacetGroup, values: string[], without: (v: string) => Partial<SearchState>) => {
    for (const v of values) out.push({ group, value: v, label: label(group, v), href: searchHref(state, without(v)) });
  };
  add("theme", state.theme, (v) => ({ theme: state.theme.filter((x) => x !== v) }));
  add("pref", state.pref, (v) => ({ pref: state.pref.filter((x) => x !== v) }));
  add("cat", state.cat, (v) => ({ cat: state.cat.filter((x) => x !== v) }));
  add("ind", state.ind, (v) => ({ ind: state.ind.filter((x) => x !== v) }));
  add("year", state.year.map(String), (v) => ({ year: state.year.filter((x) => String(x) !== v) }));
  return out;
}

export async function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  const t = await getTranslations("search.results");
  if (!filters.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="active-filters">
      <span className="font-medium">{t("active")}</span>
      <ul className="contents">
        {filters.map((f) => (
          <li key={`${f.group}-${f.value}`}>
            <Link
              href={f.href}
              aria-label={t("remove", { label: f.label })}
              className="inline-flex min-h-9 items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 text-brand-800 no-underline hover:bg-brand-100"
            >
              {f.label}
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 ? (
        <Link href={clearHref} className="inline-flex min-h-9 items-center">
          {t("clearAll")}
        </Link>
      ) : null}
    </div>
  );
}
