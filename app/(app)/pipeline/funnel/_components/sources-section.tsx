import { getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/funnel/metrics";
import type { FunnelDashboard } from "@/lib/funnel/queries";
import type { SourceRow } from "@/lib/funnel/sources";
import { PageSection } from "@/components/ui/page-section";
import { DataTable, fmtN, Row } from "./data-table";

/** The step before the match funnel: challenge views → 「興味がある」, per source (docs/metrics.md). */
export async function SourcesSection({ sources, csvHref }: Pick<FunnelDashboard, "sources"> & { csvHref: string }) {
  const t = await getTranslations("funnel");
  const cells = (r: SourceRow) => [fmtN(r.views), fmtN(r.interests), formatPercent(r.rate)];
  return (
    <PageSection id="sources-heading" title={t("sources.heading")} className="space-y-3">
      <p className="text-stone-700">{t("sources.lead")}</p>
      <p>
        <a href={csvHref} className="inline-flex min-h-11 items-center underline" download>
          {t("csv.table")}
          <span className="sr-only">（{t("sources.heading")}）</span>
        </a>
      </p>
      <p className="text-sm text-stone-600 lg:hidden">{t("scrollHint")}</p>
      <DataTable
        id="sources-table"
        caption={t("sources.caption")}
        head={[t("sources.source"), t("sources.views"), t("sources.interests"), t("sources.rate")]}
      >
        {sources.rows.map((r) => (
          <Row key={r.source} label={t(`sources.labels.${r.source!}`)} cells={cells(r)} />
        ))}
        <Row label={<strong>{t("sources.total")}</strong>} cells={cells(sources.total)} />
      </DataTable>
      {sources.unrecorded > 0 ? (
        <p className="text-sm text-stone-700">{t("sources.unrecorded", { n: sources.unrecorded })}</p>
      ) : null}
    </PageSection>
  );
}
