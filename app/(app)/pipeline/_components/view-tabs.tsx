import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { filterParams, type MatchFilters } from "@/lib/matches/schema";

/** Board / table switch; both keep the current filters. */
export async function ViewTabs({ filters }: { filters: MatchFilters }) {
  const t = await getTranslations("matches.board");
  const href = (view: "board" | "table") => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filterParams(filters))) if (v) q.set(k, v);
    if (view === "table") q.set("view", "table");
    const s = q.toString();
    return s ? `/pipeline?${s}` : "/pipeline";
  };
  const tab = (view: "board" | "table", label: string) => {
    const current = filters.view === view;
    return (
      <Link
        href={href(view)}
        aria-current={current ? "page" : undefined}
        className={`inline-flex min-h-11 items-center rounded px-4 font-medium no-underline ${current ? "bg-brand-700 text-white" : "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
      >
        {label}
      </Link>
    );
  };
  return (
    <nav aria-label={t("views")} className="flex gap-2">
      {tab("board", t("viewBoard"))}
      {tab("table", t("viewTable"))}
    </nav>
  );
}
