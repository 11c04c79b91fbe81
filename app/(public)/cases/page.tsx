import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { getCaseFilterOptions, getMunicipalityLabel, listCases } from "@/lib/cases/queries";
import { CASE_PAGE_SIZE, caseFiltersToParams, parseCaseFilters } from "@/lib/cases/schema";
import { placeName } from "./_components/case-badges";
import { CaseCard } from "./_components/case-card";
import { CaseFilterForm } from "./_components/filter-form";
import { isCoordinator } from "@/lib/auth/roles";

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
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("list.title")}</h1>
          <p className="mt-2 text-stone-700">{t("list.lead")}</p>
        </div>
        {isCoordinator(user) ? (
          <Link
            href="/cases/new"
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
          >
            {t("list.add")}
          </Link>
        ) : null}
      </div>
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
          <div
            className="rounded border border-dashed border-stone-300 bg-white p-6 text-center"
            data-testid="cases-empty"
          >
            <p className="font-bold">{t("list.emptyTitle")}</p>
            <p className="mt-2 text-stone-700">{t("list.emptyBody")}</p>
            {filtered ? (
              <p className="mt-4">
                <Link href="/cases" className="inline-flex min-h-11 items-center">
                  {t("list.emptyReset")}
                </Link>
              </p>
            ) : null}
          </div>
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
