import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { dueDate, jstDateKey } from "@/lib/budget-calendar/next-step";
import type { CalendarRow } from "@/lib/budget-calendar/queries";
import { formatDate, formatFiscalYear } from "@/lib/format";
import { Card } from "@/components/ui/card";

type Group = { key: string; heading: string; hint?: string; rows: CalendarRow[] };

/** Rows arrive sorted by date; consecutive rows of one month share a heading, passed ones come last. */
function groupByMonth(
  rows: CalendarRow[],
  heading: (y: number, m: number) => string,
  passed: { heading: string; hint: string },
): Group[] {
  const groups: Group[] = [];
  for (const r of rows) {
    const key = r.next ? jstDateKey(dueDate(r.next)).slice(0, 7) : "passed";
    let g = groups.at(-1);
    if (!g || g.key !== key) {
      const [y, m] = key.split("-").map(Number);
      g = key === "passed" ? { key, ...passed, rows: [] } : { key, heading: heading(y, m), rows: [] };
      groups.push(g);
    }
    g.rows.push(r);
  }
  return groups;
}

export async function MatchList({ rows, locale }: { rows: CalendarRow[]; locale: string }) {
  const [t, tp] = await Promise.all([getTranslations("calendar"), getTranslations("pipeline")]);
  const groups = groupByMonth(rows, (year, month) => t("monthHeading", { year, month }), {
    heading: t("passedHeading"),
    hint: t("passedHint"),
  });
  return (
    <div className="space-y-8">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`month-${g.key}`}>
          <h2 id={`month-${g.key}`} className="border-b-2 border-brand-700 pb-1 text-xl font-bold">
            {g.heading}
          </h2>
          {g.hint ? <p className="mt-2 text-stone-700">{g.hint}</p> : null}
          <ul className="mt-3 space-y-3">
            {g.rows.map((r) => (
              <Card as="li" key={r.id} data-testid="calendar-match">
                <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
                  <div className="min-w-0">
                    <Link href={`/pipeline/${r.id}`} className="text-lg font-bold underline break-words">
                      {r.municipalityName} × {r.companyName}
                    </Link>
                    {r.challengeTitle ? <p className="mt-1 break-words text-stone-700">{r.challengeTitle}</p> : null}
                    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
                      <span>{t("forBudget", { fy: formatFiscalYear(r.targetFiscalYear, locale) })}</span>
                      <span>{t("stage", { stage: tp(`stage.${r.stage}`) })}</span>
                      <span>{r.coordinatorName ? t("inCharge", { name: r.coordinatorName }) : t("noCoordinator")}</span>
                      {r.departmentName ? <span>{r.departmentName}</span> : null}
                    </p>
                  </div>
                  {r.next ? (
                    <p className="shrink-0 md:text-right" data-testid="next-step">
                      <Badge tone={r.next.status === "in_progress" ? "warning" : "brand"}>
                        {r.next.status === "in_progress" ? t("inProgress") : t("upcoming")}
                      </Badge>
                      <span className="mt-1 block text-lg font-bold">{tp(`budgetStep.${r.next.step}`)}</span>
                      <span className="block font-medium">
                        {r.next.status === "in_progress"
                          ? t("until", { date: formatDate(r.next.endsOn, locale) })
                          : t("from", { date: formatDate(r.next.startsOn, locale) })}
                      </span>
                    </p>
                  ) : null}
                </div>
                <details className="mt-3 text-sm">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-800 underline">
                    {t("timeline")}
                  </summary>
                  <ol className="mt-2 space-y-1">
                    {r.timeline.map((e) => (
                      <li key={e.step} className={e.status === "passed" ? "text-stone-600" : ""}>
                        <span className="font-medium">{tp(`budgetStep.${e.step}`)}</span>：
                        {formatDate(e.startsOn, locale)} 〜 {formatDate(e.endsOn, locale)}
                        {e.status === "passed"
                          ? `（${t("stepPassed")}）`
                          : e.status === "in_progress"
                            ? `（${t("inProgress")}）`
                            : ""}
                      </li>
                    ))}
                  </ol>
                </details>
              </Card>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
