import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { companyLogoUrl } from "@/lib/companies/logo";
import { requireDirectoryPage } from "@/lib/companies/page-guard";
import { listCompanies } from "@/lib/companies/queries";
import { COMPANY_PAGE_SIZE, companyFiltersToParams, parseCompanyFilters } from "@/lib/companies/schema";
import { CompanyCard } from "./_components/company-card";
import { CompanyFilterForm } from "./_components/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("companies");
  return { title: t("meta.list") };
}

export default async function CompaniesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireDirectoryPage();
  const t = await getTranslations("companies");
  const filters = parseCompanyFilters(await searchParams);
  const result = await listCompanies(user, filters);
  const params = companyFiltersToParams(filters);
  const filtered = Object.values(params).some(Boolean);
  return (
    <div className="space-y-6">
      <PageHeader title={t("list.title")} description={t("list.lead")} />
      <CompanyFilterForm filters={filters} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-3 font-bold" data-testid="company-count">
          {t("list.count", { count: result.total })}
        </h2>
        {result.items.length === 0 ? (
          <EmptyState
            title={t("list.emptyTitle")}
            action={filtered ? { href: "/companies", label: t("list.reset") } : undefined}
            data-testid="companies-empty"
          >
            {t("list.emptyBody")}
          </EmptyState>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {result.items.map((c) => (
              <CompanyCard key={c.id} c={c} logoUrl={companyLogoUrl(c.id, c.companyProfile)} />
            ))}
          </ul>
        )}
        {result.total > COMPANY_PAGE_SIZE ? (
          <Pagination
            page={result.page}
            pageSize={COMPANY_PAGE_SIZE}
            total={result.total}
            basePath="/companies"
            params={params}
          />
        ) : null}
      </section>
    </div>
  );
}
