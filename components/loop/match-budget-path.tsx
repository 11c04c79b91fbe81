import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getBudgetPath } from "@/lib/budget-path/queries";
import { fiscalYearOf, formatFiscalYear, formatYen } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { BudgetPathForm } from "./budget-path-form";
import { BudgetSteps } from "./budget-steps";

/** The path to a budget on /pipeline/[id]: the municipality side and coordinators only (the query says so). */
export async function MatchBudgetPath({ matchId, user }: { matchId: string; user: SessionUser | null }) {
  const path = await getBudgetPath(user, matchId);
  if (!path) return null;
  const t = await getTranslations("budget-path");
  const ts = await getTranslations("cases.scheme");
  const locale = await getLocale();
  const fy = fiscalYearOf(new Date());
  const years = [...new Set([...(path.targetFiscalYear ? [path.targetFiscalYear] : []), ...range(fy - 1, 7)])].sort();
  const notSet = t("notSet");
  const facts: [string, string][] = [
    [
      t("fundingSource"),
      path.fundingSource
        ? t(`funding.${path.fundingSource}`) + (path.fundingName ? `（${path.fundingName}）` : "")
        : notSet,
    ],
    [t("procurementRoute"), path.procurementRoute ? t(`route.${path.procurementRoute}`) : notSet],
    [t("scheme"), path.scheme ? ts(path.scheme) : notSet],
    [t("expectedBudget"), path.expectedBudget !== null ? formatYen(path.expectedBudget, locale) : notSet],
    [t("targetFiscalYear"), path.targetFiscalYear ? formatFiscalYear(path.targetFiscalYear, locale) : notSet],
  ];
  return (
    <Card as="section" padding="lg" aria-labelledby="budget-path-heading" data-testid="budget-path">
      <h2 id="budget-path-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mb-4 text-stone-700">{t("lead")}</p>
      {path.canEdit ? (
        <BudgetPathForm
          version={path.version}
          initial={{
            id: path.id,
            fundingSource: path.fundingSource ?? "",
            fundingName: path.fundingName ?? "",
            procurementRoute: path.procurementRoute ?? "",
            scheme: path.scheme ?? "",
            expectedBudget: path.expectedBudget === null ? "" : String(path.expectedBudget),
            targetFiscalYear: path.targetFiscalYear ? String(path.targetFiscalYear) : "",
          }}
          fiscalYears={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, locale) }))}
        />
      ) : (
        <>
          <p className="mb-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="budget-path-read-only">
            {path.stage === "DECLINED" ? t("readOnlyDeclined") : t("readOnly")}
          </p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-medium">{k}</dt>
                <dd className="mb-2 break-words sm:mb-0">{v}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <BudgetSteps path={path} />
      <p className="mt-4">
        <a
          className="inline-flex min-h-11 items-center font-medium underline"
          href={`/api/matches/${path.id}/budget-memo`}
          download
        >
          {t("memo")}
        </a>
      </p>
      <p className="text-sm text-stone-700">{t("memoHint")}</p>
    </Card>
  );
}

function range(from: number, n: number) {
  return Array.from({ length: n }, (_, i) => from + i);
}
