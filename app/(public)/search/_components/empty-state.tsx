import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { countKey, shownCount } from "./count-format";
import type { ActiveFilter } from "./active-filters";
import { searchHref, type SearchState, type Tab } from "./search-params";

type Props = {
  state: SearchState;
  filters: ActiveFilter[];
  otherTabs: { tab: Tab; count: number; estimate: boolean; href: string }[];
  themes: { label: string; href: string }[];
};

/** Never a dead end: each suggestion is a ready-made broader search, one click away. */
export async function EmptyState({ state, filters, otherTabs, themes }: Props) {
  const t = await getTranslations("search.empty");
  const tt = await getTranslations("search.tabs");
  const tab = tt(state.tab);
  const chars = [...state.q];
  const shorter = chars.length > 2 ? chars.slice(0, 2).join("") : null;
  const links: { key: string; href: string; text: string }[] = [
    ...filters.map((f) => ({
      key: `f-${f.group}-${f.value}`,
      href: f.href,
      text: t("removeFilter", { label: f.label }),
    })),
    ...(filters.length > 1
      ? [
          {
            key: "all",
            href: searchHref(state, { theme: [], pref: [], cat: [], ind: [], year: [] }),
            text: t("removeAll"),
          },
        ]
      : []),
    ...(shorter ? [{ key: "short", href: searchHref(state, { q: shorter }), text: t("shorter", { q: shorter }) }] : []),
    ...otherTabs
      .filter((o) => o.count > 0)
      .map((o) => ({
        key: `tab-${o.tab}`,
        href: o.href,
        text: t(countKey("otherTab", o.estimate), { tab: tt(o.tab), count: shownCount(o.count, o.estimate) }),
      })),
  ];
  return (
    <div className="rounded border border-dashed border-stone-400 bg-white p-5" data-testid="search-empty">
      <h2 className="text-lg font-bold">{state.q ? t("title", { q: state.q, tab }) : t("titleNoQuery", { tab })}</h2>
      {links.length ? (
        <>
          <p className="mt-2 text-stone-700">{t("lead")}</p>
          <ul className="mt-2 space-y-1" data-testid="broader-searches">
            {links.map((l) => (
              <li key={l.key}>
                <Link href={l.href} className="inline-flex min-h-11 items-center">
                  → {l.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-3 text-sm text-stone-700">{t("tip")}</p>
      {themes.length ? (
        <div className="mt-4">
          <h3 className="font-bold">{t("themes")}</h3>
          <ThemeLinks themes={themes} />
        </div>
      ) : null}
    </div>
  );
}

export function ThemeLinks({ themes }: { themes: { label: string; href: string }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2" data-testid="theme-links">
      {themes.map((th) => (
        <li key={th.href}>
          <Link
            href={th.href}
            className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 no-underline hover:bg-stone-100"
          >
            {th.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
