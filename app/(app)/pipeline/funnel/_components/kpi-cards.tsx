import { getTranslations } from "next-intl/server";
import { feasibilityRate, formatPercent, meetingRate, type FunnelCounts } from "@/lib/funnel/metrics";
import { fmtN } from "./data-table";
import { Card } from "@/components/ui/card";
import { PageSection } from "@/components/ui/page-section";

// The two headline rates with their definition right next to the number (issue 5: "show the
// definition next to the figure"), and the reference platform's published figures, labelled as such.
export async function KpiCards({ summary }: { summary: FunnelCounts }) {
  const t = await getTranslations("funnel.kpi");
  const cards = [
    { id: "total", label: t("total"), value: fmtN(summary.total), def: t("totalDef"), detail: null },
    {
      id: "meeting-rate",
      label: t("meetingRate"),
      value: formatPercent(meetingRate(summary)),
      def: t("meetingRateDef"),
      detail: t("fraction", { n: fmtN(summary.reached[2]), d: fmtN(summary.total) }),
    },
    {
      id: "feasibility-rate",
      label: t("feasibilityRate"),
      value: formatPercent(feasibilityRate(summary)),
      def: t("feasibilityRateDef"),
      detail: t("fraction", { n: fmtN(summary.reached[3]), d: fmtN(summary.total) }),
    },
  ];
  return (
    <PageSection id="kpi-heading" title={t("heading")} className="space-y-3">
      <dl className="grid gap-3 sm:grid-cols-3">
        {cards.map((c) => (
          <Card key={c.id} data-testid={`kpi-${c.id}`}>
            <dt className="font-medium text-stone-800">{c.label}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums text-brand-800" data-testid={`kpi-${c.id}-value`}>
              {c.value}
            </dd>
            {c.detail ? <dd className="text-sm text-stone-700">{c.detail}</dd> : null}
            <dd className="mt-2 border-t border-stone-200 pt-2 text-sm text-stone-700">
              <span className="font-medium">{t("definitionLabel")}</span>
              {c.def}
            </dd>
          </Card>
        ))}
      </dl>
      <p className="text-sm text-stone-700">{t("reachedNote")}</p>
      <p
        className="rounded border border-dashed border-stone-300 bg-stone-50 p-3 text-sm text-stone-700"
        data-testid="reference-figures"
      >
        {t("reference")}：<span className="whitespace-nowrap">{t("referenceFigures")}</span>
      </p>
    </PageSection>
  );
}
