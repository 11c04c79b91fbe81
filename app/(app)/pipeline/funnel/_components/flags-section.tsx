import { getTranslations } from "next-intl/server";
import { feasibilityRate, formatPercent } from "@/lib/funnel/metrics";
import type { FunnelDashboard } from "@/lib/funnel/queries";
import { DataTable, fmtN, Row } from "./data-table";
import { PageSection } from "@/components/ui/page-section";

export async function FlagsSection({ flags }: Pick<FunnelDashboard, "flags">) {
  const t = await getTranslations("funnel.flags");
  const flagName = await getTranslations("pipeline.flags");
  return (
    <PageSection id="flags-heading" title={t("heading")} className="space-y-3">
      <p className="text-stone-700">{t("lead")}</p>
      <DataTable
        id="flags-table"
        caption={t("caption")}
        head={[
          t("flag"),
          `${t("with")}：${t("count")}`,
          `${t("with")}：${t("rate")}`,
          `${t("without")}：${t("count")}`,
          `${t("without")}：${t("rate")}`,
          t("diff"),
        ]}
      >
        {(["metDepartment", "contentOrganized"] as const).map((f) => {
          const w = feasibilityRate(flags[f].with);
          const wo = feasibilityRate(flags[f].without);
          const diff = w === null || wo === null ? "—" : t("points", { value: ((w - wo) * 100).toFixed(1) });
          return (
            <Row
              key={f}
              label={`「${flagName(f)}」`}
              cells={[
                fmtN(flags[f].with.total),
                formatPercent(w),
                fmtN(flags[f].without.total),
                formatPercent(wo),
                diff,
              ]}
            />
          );
        })}
      </DataTable>
    </PageSection>
  );
}
