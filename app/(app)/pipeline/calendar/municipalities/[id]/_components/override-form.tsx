"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action";
import { resetCalendarAction, saveCalendarAction } from "@/lib/budget-calendar/actions";
import {
  BUDGET_STEPS,
  calendarMonthOf,
  isTargetYearMonth,
  MAX_MONTH,
  type BudgetCalendar,
} from "@/lib/budget-calendar/defaults";
import { budgetTimeline } from "@/lib/budget-calendar/next-step";
import {
  calendarFromInput,
  endKey,
  startKey,
  type CalendarOverrideInput,
  type MonthKey,
} from "@/lib/budget-calendar/schema";
import { formatDate, formatFiscalYear } from "@/lib/format";
import { spanLabel } from "../../../_components/month-label";

export function OverrideForm({
  initial,
  defaults,
  overridden,
  exampleFiscalYear,
}: {
  initial: CalendarOverrideInput;
  defaults: BudgetCalendar;
  overridden: boolean;
  exampleFiscalYear: number;
}) {
  const t = useTranslations("calendar");
  const tp = useTranslations("pipeline");
  const locale = useLocale();
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string>();

  const months = Array.from({ length: MAX_MONTH + 1 }, (_, m) => ({
    value: String(m),
    label: isTargetYearMonth(m)
      ? t("override.monthOptionTarget", { month: calendarMonthOf(m) })
      : t("override.monthOption", { month: calendarMonthOf(m) }),
  }));
  // The example dates follow the selects live, so a clerk sees the real days before saving.
  const ordered = BUDGET_STEPS.every((s) => v[startKey(s)] <= v[endKey(s)]);
  const example = ordered ? budgetTimeline(calendarFromInput(v), exampleFiscalYear, new Date(0)) : null;

  const set = (k: MonthKey, value: string) => {
    setDone(undefined);
    setV((old) => ({ ...old, [k]: Number(value) }));
  };
  const finish = (r: { ok: boolean; formError?: string; fieldErrors?: FieldErrors }, message: string) => {
    setFormError(r.ok ? undefined : r.formError);
    setFieldErrors(r.ok ? {} : (r.fieldErrors ?? {}));
    if (r.ok) {
      setDone(message);
      router.refresh();
    }
  };
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => finish(await saveCalendarAction(v), t("override.saved")));
  };
  const reset = () =>
    start(async () => {
      const r = await resetCalendarAction({ municipalityId: v.municipalityId });
      if (r.ok)
        setV({
          ...v,
          ...Object.fromEntries(
            BUDGET_STEPS.flatMap((s) => [
              [startKey(s), defaults[s].startMonth],
              [endKey(s), defaults[s].endMonth],
            ]),
          ),
        });
      finish(r, t("override.resetDone"));
    });

  return (
    <form onSubmit={save} noValidate className="rounded border border-stone-200 bg-white p-4 sm:p-6">
      <FormError message={formError} />
      {BUDGET_STEPS.map((s, i) => (
        <fieldset key={s} className="mb-6 border-b border-stone-200 pb-2 last:border-b-0">
          <legend className="text-lg font-bold">
            {i + 1}. {tp(`budgetStep.${s}`)}
          </legend>
          <p className="text-sm text-stone-600">{t("override.defaultIs", { range: spanLabel(t, defaults[s]) })}</p>
          <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
            <SelectField
              name={startKey(s)}
              label={t("override.start")}
              value={String(v[startKey(s)])}
              onChange={(e) => set(startKey(s), e.target.value)}
              options={months}
              error={fieldErrors[startKey(s)]}
            />
            <SelectField
              name={endKey(s)}
              label={t("override.end")}
              value={String(v[endKey(s)])}
              onChange={(e) => set(endKey(s), e.target.value)}
              options={months}
              error={fieldErrors[endKey(s)]}
            />
          </div>
          {example ? (
            <p className="mb-2 text-sm text-stone-700" data-testid={`example-${s}`}>
              {t("override.example", {
                fy: formatFiscalYear(exampleFiscalYear, locale),
                start: formatDate(example[i].startsOn, locale),
                end: formatDate(example[i].endsOn, locale),
              })}
            </p>
          ) : null}
        </fieldset>
      ))}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={pending}>
          {pending ? t("override.saving") : t("override.save")}
        </Button>
        {overridden ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={reset}>
            {t("override.reset")}
          </Button>
        ) : null}
      </div>
      <p role="status" className="mt-3 font-medium text-brand-800">
        {done ?? ""}
      </p>
    </form>
  );
}
