import { getTranslations } from "next-intl/server";
import { conversions, formatPercent, rate, type FunnelCounts } from "@/lib/funnel/metrics";
import { PIPELINE } from "@/lib/matches/stages";
import { DataTable, fmtN, Row } from "./data-table";
import { FunnelChart } from "./funnel-chart";
import { PageSection } from "@/components/ui/page-section";

export async function FunnelSection({ summary }: { summary: FunnelCounts }) {
  const t = await getTranslations("funnel.funnel");
  const stage = await getTranslations("pipeline.stage");
  const conv = conversions(summary);
  return (
    <PageSection id="funnel-heading" title={t("heading")} className="space-y-3">
      <FunnelChart
        label={t("chartLabel")}
        data={PIPELINE.map((s, i) => ({ stage: stage(s), reached: summary.reached[i] }))}
      />
      <DataTable
        id="funnel-table"
        caption={t("caption")}
        head={[t("stage"), t("reached"), t("ofTotal"), t("conversion")]}
      >
        {PIPELINE.map((s, i) => (
          <Row
            key={s}
            label={stage(s)}
            cells={[
              fmtN(summary.reached[i]),
              formatPercent(rate(summary.reached[i], summary.total)),
              i === 0 ? "—" : formatPercent(conv[i - 1]),
            ]}
          />
        ))}
      </DataTable>
      <p className="text-sm text-stone-700">{t("conversionDef")}</p>
    </PageSection>
  );
}
