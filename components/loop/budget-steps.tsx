import { getLocale, getTranslations } from "next-intl/server";
import type { BudgetPath } from "@/lib/budget-path/queries";
import { formatDate, formatFiscalYear } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** The target year's budget steps with their dates; passed ones greyed, the others with what the department needs. */
export async function BudgetSteps({ path }: { path: BudgetPath }) {
  const t = await getTranslations("budget-path");
  const tp = await getTranslations("pipeline.budgetStep");
  const locale = await getLocale();
  if (!path.targetFiscalYear || path.steps.length === 0)
    return <p className="mt-4 text-stone-700">{t("stepsEmpty")}</p>;
  const fy = formatFiscalYear(path.targetFiscalYear, locale);
  const allPassed = path.steps.every((s) => s.status === "passed");
  return (
    <div className="mt-6">
      <h3 className="mb-2 font-bold">{t("steps", { fy })}</h3>
      {allPassed ? <p className="mb-2 text-amber-900">{t("allPassed", { fy })}</p> : null}
      {!path.fundingSource || !path.procurementRoute ? (
        <p className="mb-2 text-sm text-stone-700">{t("needsHint")}</p>
      ) : null}
      <ol className="space-y-3" data-testid="budget-steps">
        {path.steps.map((s) => {
          const passed = s.status === "passed";
          return (
            <li
              key={s.step}
              data-status={s.status}
              className={`rounded border p-3 ${passed ? "border-stone-200 bg-stone-50 text-stone-600" : "border-stone-300"}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-bold">{tp(s.step)}</span>
                <Badge tone={s.status === "in_progress" ? "warning" : "neutral"}>{t(`status.${s.status}`)}</Badge>
                <span>
                  {t("stepDates", { start: formatDate(s.startsOn, locale), end: formatDate(s.endsOn, locale) })}
                </span>
              </div>
              {!passed && s.needs.length ? (
                <div className="mt-2">
                  <p className="text-sm font-medium">{t("needs")}</p>
                  <ul className="list-disc space-y-1 pl-5 text-sm">
                    {s.needs.map((n) => (
                      <li key={n.ja} className="break-words">
                        {locale === "ja" ? n.ja : n.en}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
