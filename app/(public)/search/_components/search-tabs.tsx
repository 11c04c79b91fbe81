import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { countKey, shownCount, type ShownCount } from "./count-format";
import { tabHref, type SearchState, type Tab } from "./search-params";

/** Tabs are links (each tab is its own URL), so they are a navigation list, not an ARIA tablist. */
export async function SearchTabs({
  state,
  tabs,
  counts,
}: {
  state: SearchState;
  tabs: readonly Tab[];
  counts: Partial<Record<Tab, ShownCount>>;
}) {
  const t = await getTranslations("search.tabs");
  return (
    <nav aria-label={t("label")} data-testid="search-tabs">
      <ul className="flex gap-1 border-b border-stone-300">
        {tabs.map((tab) => {
          const current = tab === state.tab;
          const count = counts[tab];
          return (
            <li key={tab}>
              <Link
                href={tabHref(state, tab)}
                aria-current={current ? "page" : undefined}
                data-testid={`tab-${tab}`}
                className={`-mb-px inline-flex min-h-11 items-center gap-2 rounded-t border px-3 py-2 no-underline sm:px-4 ${
                  current
                    ? "border-stone-300 border-b-white bg-white font-bold text-stone-900"
                    : "border-transparent text-brand-700 hover:bg-stone-100"
                }`}
              >
                {t(tab)}
                {count !== undefined ? (
                  <span
                    className={`rounded-full px-2 text-sm ${current ? "bg-brand-700 text-white" : "bg-stone-200 text-stone-800"}`}
                    data-testid={`tab-count-${tab}`}
                  >
                    {t(countKey("count", count.estimate), { count: shownCount(count.count, count.estimate) })}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
