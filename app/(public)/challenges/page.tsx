import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { listPublicChallenges } from "@/lib/challenges/queries";
import { parsePublicFilters } from "@/lib/challenges/schema";
import { listThemes } from "@/lib/themes/queries";
import { ChallengeCard } from "./_components/challenge-card";
import { FilterForm } from "./_components/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

const PAGE_SIZE = 20;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("challenges");
  return { title: t("meta.list") };
}

export default async function ChallengesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("challenges");
  const filters = parsePublicFilters(await searchParams);
  const [themes, result] = await Promise.all([listThemes(), listPublicChallenges({ ...filters, pageSize: PAGE_SIZE })]);
  const params = {
    kind: filters.kind,
    theme: filters.theme,
    pref: filters.pref,
    status: filters.status,
    budget: filters.budget,
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("list.title")} description={t("list.lead")} />
      <FilterForm filters={filters} themes={themes} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          {t("list.count", { count: result.total })}
        </h2>
        {result.items.length === 0 ? (
          <EmptyState className="text-stone-700">{t("list.empty")}</EmptyState>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {result.items.map((c) => (
              <ChallengeCard key={c.id} c={c} />
            ))}
          </ul>
        )}
        {/* The shared pager greys out its disabled links below axe's contrast minimum; show it only when there is a page to go to. */}
        {result.total > PAGE_SIZE || result.page > 1 ? (
          <Pagination
            page={result.page}
            pageSize={PAGE_SIZE}
            total={result.total}
            basePath="/challenges"
            params={params}
          />
        ) : (
          <p className="mt-6 text-sm">{t("list.count", { count: result.total })}</p>
        )}
      </section>
    </div>
  );
}
