import { getLocale, getTranslations } from "next-intl/server";
import { feasibilityRate, formatPercent, meetingRate, type BreakdownRow } from "@/lib/funnel/metrics";
import { formatMonth, type Breakdown, type FunnelOrigin } from "@/lib/funnel/schema";
import { DataTable, fmtN, Row } from "./data-table";

// Long breakdowns (hundreds of municipalities at scale) show their largest rows; the CSV has all.
export const SHOWN_ROWS = 30;

export async function BreakdownTable({
  by,
  rows,
  csvHref,
  limit = SHOWN_ROWS,
}: {
  by: Breakdown;
  rows: BreakdownRow[];
  csvHref: string;
  limit?: number;
}) {
  const t = await getTranslations("funnel");
  const scheme = await getTranslations("cases.scheme");
  const locale = await getLocale();
  const label = (r: BreakdownRow) => {
    if (r.key === null) return t(`breakdown.none.${by}`);
    if (by === "scheme") return scheme(r.key as "OTHER");
    if (by === "origin") return t(`breakdown.origins.${r.key as FunnelOrigin}`);
    if (by === "theme") return (locale === "en" ? r.sub : r.label) ?? "";
    if (by === "month") return formatMonth(r.key, locale);
    return r.label ?? "";
  };
  const sub = (r: BreakdownRow) => (by === "department" || by === "municipality" ? r.sub : null);
  const note = t(`breakdown.note.${by}`);
  const shown = rows.slice(0, limit);
  return (
    <section aria-labelledby={`bd-${by}-heading`} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`bd-${by}-heading`} className="text-lg font-bold">
          {t(`breakdown.heading.${by}`)}
        </h3>
        <a href={csvHref} className="inline-flex min-h-11 items-center underline" download>
          {t("csv.table")}
          <span className="sr-only">（{t(`breakdown.heading.${by}`)}）</span>
        </a>
      </div>
      {note ? <p className="text-sm text-stone-700">{note}</p> : null}
      {rows.length > limit ? (
        <p className="text-sm text-stone-700">{t("breakdown.shown", { shown: limit, total: rows.length })}</p>
      ) : null}
      <p className="text-sm text-stone-600 lg:hidden">{t("scrollHint")}</p>
      <DataTable
        id={`breakdown-${by}`}
        hideCaption
        caption={t(`breakdown.heading.${by}`)}
        head={[
          t(`breakdown.label.${by}`),
          t("breakdown.total"),
          t("breakdown.meeting"),
          t("breakdown.meetingRate"),
          t("breakdown.feasibility"),
          t("breakdown.feasibilityRate"),
          t("breakdown.budgeted"),
          t("breakdown.declined"),
        ]}
      >
        {shown.length === 0 ? <Row label={t("breakdown.empty")} cells={[]} /> : null}
        {shown.map((r) => (
          <Row
            key={r.key ?? "none"}
            label={label(r)}
            sub={sub(r)}
            cells={[
              fmtN(r.total),
              fmtN(r.reached[2]),
              formatPercent(meetingRate(r)),
              fmtN(r.reached[3]),
              formatPercent(feasibilityRate(r)),
              fmtN(r.reached[4]),
              fmtN(r.declined),
            ]}
          />
        ))}
      </DataTable>
    </section>
  );
}
