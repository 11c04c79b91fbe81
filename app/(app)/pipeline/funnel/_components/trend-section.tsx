import { getLocale, getTranslations } from "next-intl/server";
import { formatMonth } from "@/lib/funnel/schema";
import type { BreakdownRow } from "@/lib/funnel/metrics";
import { BreakdownTable } from "./breakdown-table";
import { TrendChart } from "./trend-chart";
import { PageSection } from "@/components/ui/page-section";

export async function TrendSection({ rows, csvHref }: { rows: BreakdownRow[]; csvHref: string }) {
  const t = await getTranslations("funnel");
  const locale = await getLocale();
  return (
    <PageSection id="trend-heading" title={t("trend.heading")} className="space-y-3">
      <p className="text-stone-700">{t("trend.lead")}</p>
      <TrendChart
        label={t("trend.chartLabel")}
        names={{ total: t("breakdown.total"), meeting: t("breakdown.meeting") }}
        data={rows.map((r) => ({ month: formatMonth(r.key, locale), total: r.total, meeting: r.reached[2] }))}
      />
      <BreakdownTable by="month" rows={rows} csvHref={csvHref} limit={Number.MAX_SAFE_INTEGER} />
    </PageSection>
  );
}
