import { getLocale, getTranslations } from "next-intl/server";
import type { FunnelFilter } from "@/lib/funnel/schema";
import { getReplicationFunnel, type ReplicationRow } from "@/lib/funnel/replication";
import type { FunnelScope } from "@/lib/funnel/scope";
import { PageSection } from "@/components/ui/page-section";
import { DataTable, fmtN, Row } from "./data-table";

/** 横展開 by theme (docs/metrics.md): cases followed, challenges and matches from a case, cases born here. */
export async function ReplicationSection({
  scope,
  filter,
  csvHref,
}: {
  scope: FunnelScope;
  filter: FunnelFilter;
  csvHref: string;
}) {
  const [rows, t, locale] = await Promise.all([
    getReplicationFunnel(scope, filter),
    getTranslations("replication.funnel"),
    getLocale(),
  ]);
  const total = rows[rows.length - 1];
  const label = (r: ReplicationRow) =>
    r.total ? t("total") : r.key === null ? t("none") : ((locale === "en" ? r.sub : r.label) ?? "");
  const defs = ["cases", "challenges", "matches", "born"] as const;
  return (
    <PageSection id="replication-heading" title={t("heading")} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-stone-700">{t("lead")}</p>
        <a href={csvHref} className="inline-flex min-h-11 items-center underline" download>
          {t("csv")}
          <span className="sr-only">（{t("heading")}）</span>
        </a>
      </div>
      <dl className="grid gap-1 text-sm text-stone-700 sm:grid-cols-2">
        {defs.map((d) => (
          <div key={d}>
            <dt className="inline font-medium">{t(d)}：</dt>
            <dd className="inline">{t(`${d}Def`)}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        id="replication"
        hideCaption
        caption={t("caption")}
        head={[t("theme"), t("cases"), t("challenges"), t("matches"), t("r2"), t("r3"), t("r4"), t("born")]}
      >
        {rows.length === 1 && total.cases + total.challenges + total.matches.total + total.born === 0 ? (
          <Row label={t("empty")} cells={[]} />
        ) : (
          rows.map((r) => (
            <Row
              key={r.total ? "total" : (r.key ?? "none")}
              label={r.total ? <strong>{label(r)}</strong> : label(r)}
              cells={[
                fmtN(r.cases),
                fmtN(r.challenges),
                fmtN(r.matches.total),
                fmtN(r.matches.reached[2]),
                fmtN(r.matches.reached[3]),
                fmtN(r.matches.reached[4]),
                fmtN(r.born),
              ]}
            />
          ))
        )}
      </DataTable>
    </PageSection>
  );
}
