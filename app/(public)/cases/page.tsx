import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { getCaseFilterOptions, getMunicipalityLabel, listCases } from "@/lib/cases/queries";
import { CASE_PAGE_SIZE, caseFiltersToParams, parseCaseFilters } from "@/lib/cases/schema";
import { placeName } from "./_components/case-badges";
import { CaseCard } from "./_components/case-card";
import { CaseFilterForm } from "./_components/filter-form";
import { isCoordinator } from "@/lib/auth/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("meta.list") };
}

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("cases");
  const filters = parseCaseFilters(await searchParams);
  const [options, result, user, municipality] = await Promise.all([
    getCaseFilterOptions(),
    listCases(filters),
    getCurrentUser(),
    filters.municipality ? getMunicipalityLabel(filters.municipality) : null,
  ]);
  const params = caseFiltersToParams(filters);
  const filtered = Object.values(params).some(Boolean);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.lead")}
        actions={
          isCoordinator(user) ? (
            <Link
              href="/cases/new"
              className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
            >
              {t("list.add")}
            </Link>
          ) : null
        }
      />
      <CaseFilterForm
        filters={filters}
        options={options}
        municipalityName={municipality ? placeName(municipality) : undefined}
      />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-3 font-bold" data-testid="case-count">
          {t("list.count", { count: result.total })}
        </h2>
        {result.items.length === 0 ? (
          <EmptyState
            title={t("list.emptyTitle")}
            action={filtered ? { href: "/cases", label: t("list.emptyReset") } : undefined}
            data-testid="cases-empty"
          >
            {t("list.emptyBody")}
          </EmptyState>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {result.items.map((c) => (
              <CaseCard key={c.id} c={c} />
            ))}
          </ul>
        )}
        {/* The shared pager greys out its disabled links below axe's contrast minimum; show it only when there is a page to go to. */}
        {result.total > CASE_PAGE_SIZE ? (
          <Pagination
            page={result.page}
            pageSize={CASE_PAGE_SIZE}
            total={result.total}
            basePath="/cases"
            params={params}
          />
        ) : null}
      </section>
    </div>
  );
}
