import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getFunnelDashboard, getFunnelMunicipalityName } from "@/lib/funnel/queries";
import { filterToQuery, parseFunnelFilter, type Breakdown } from "@/lib/funnel/schema";
import { BreakdownTable } from "./_components/breakdown-table";
import { FilterForm } from "./_components/filter-form";
import { FlagsSection } from "./_components/flags-section";
import { FunnelSection } from "./_components/funnel-section";
import { KpiCards } from "./_components/kpi-cards";
import { SourcesSection } from "./_components/sources-section";
import { StagesSection } from "./_components/stages-section";
import { TrendSection } from "./_components/trend-section";
import { ReplicationSection } from "./_components/replication-section";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSection } from "@/components/ui/page-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("funnel.meta");
  return { title: t("title") };
}

// Coordinators and admins: every municipality (or one, by filter). ACTIVE municipal staff: the same
// page, scoped in the queries to their own municipality. Companies: 404. Pending staff: dashboard.
export default async function FunnelPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(CAN.viewPipeline, { active: true });
  const filter = parseFunnelFilter(await searchParams);
  const data = await getFunnelDashboard(user, filter);
  if (!data) notFound();
  const t = await getTranslations("funnel");
  const scoped = data.scope.kind === "municipality";
  const muniId = data.scope.kind === "municipality" ? data.scope.municipalityId : filter.municipality;
  const muniName = muniId
    ? (data.options.municipalities.find((m) => m.id === muniId)?.name ?? (await getFunnelMunicipalityName(muniId)))
    : null;
  const csv = (part: string) => `/api/funnel/csv${filterToQuery(filter, { part })}`;
  const tables: Breakdown[] = scoped
    ? ["department", "origin", "theme", "coordinator", "scheme"]
    : ["municipality", "department", "origin", "theme", "coordinator", "scheme"];
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("lead")}>
        <p className="mt-2 font-medium" data-testid="funnel-scope">
          {muniName ? t("scopeMunicipality", { name: muniName }) : t("scopeAll")}
        </p>
      </PageHeader>
      <FilterForm filter={filter} options={data.options} showMunicipality={!scoped} />
      <div className="space-y-1">
        <a
          href={csv("all")}
          download
          className="inline-flex min-h-11 items-center justify-center rounded border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100"
          data-testid="funnel-csv-all"
        >
          {t("csv.all")}
        </a>
        <p className="text-sm text-stone-700">{t("csv.allHint")}</p>
      </div>
      {data.summary.total === 0 ? <EmptyState role="status">{t("empty")}</EmptyState> : null}
      <KpiCards summary={data.summary} />
      <SourcesSection sources={data.sources} csvHref={csv("sources")} />
      <FunnelSection summary={data.summary} />
      <StagesSection stages={data.stages} declines={data.declines} />
      <FlagsSection flags={data.flags} />
      <TrendSection rows={data.breakdowns.month} csvHref={csv("month")} />
      <ReplicationSection scope={data.scope} filter={filter} csvHref={csv("replication")} />
      <PageSection id="breakdowns-heading" title={t("breakdownsHeading")} className="space-y-6">
        {tables.map((by) => (
          <BreakdownTable key={by} by={by} rows={data.breakdowns[by]} csvHref={csv(by)} />
        ))}
      </PageSection>
    </div>
  );
}
