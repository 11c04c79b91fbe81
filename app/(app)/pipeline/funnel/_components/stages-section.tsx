import { getTranslations } from "next-intl/server";
import type { FunnelDashboard } from "@/lib/funnel/queries";
import { ALL_STAGES, PIPELINE } from "@/lib/matches/stages";
import { DataTable, fmtN, Row } from "./data-table";
import { PageSection } from "@/components/ui/page-section";

// Where the matches are now (見送り included), and why and from how far the declined ones stopped.
export async function StagesSection({ stages, declines }: Pick<FunnelDashboard, "stages" | "declines">) {
  const t = await getTranslations("funnel");
  const stage = await getTranslations("pipeline.stage");
  const reason = await getTranslations("pipeline.declineReason");
  return (
    <PageSection id="stages-heading" title={t("stages.heading")} className="space-y-3">
      <div className="grid gap-4 lg:grid-cols-3">
        <DataTable id="stages-table" caption={t("stages.caption")} head={[t("stages.stage"), t("stages.count")]}>
          {ALL_STAGES.map((s) => (
            <Row key={s} label={stage(s)} cells={[fmtN(stages[s])]} />
          ))}
        </DataTable>
        <DataTable
          id="decline-reasons-table"
          caption={t("declines.reasonCaption")}
          head={[t("declines.reason"), t("declines.count")]}
        >
          {declines.byReason.length === 0 ? <Row label={t("declines.none")} cells={["0"]} /> : null}
          {declines.byReason.map((r) => (
            <Row
              key={r.reason ?? "none"}
              label={r.reason ? reason(r.reason) : t("declines.unknown")}
              cells={[fmtN(r.n)]}
            />
          ))}
        </DataTable>
        <DataTable
          id="decline-ranks-table"
          caption={t("declines.rankCaption")}
          head={[t("declines.rank"), t("declines.count")]}
        >
          {declines.byRank.length === 0 ? <Row label={t("declines.none")} cells={["0"]} /> : null}
          {declines.byRank.map((r) => (
            <Row key={r.rank} label={stage(PIPELINE[r.rank] ?? "INTEREST")} cells={[fmtN(r.n)]} />
          ))}
        </DataTable>
      </div>
    </PageSection>
  );
}
