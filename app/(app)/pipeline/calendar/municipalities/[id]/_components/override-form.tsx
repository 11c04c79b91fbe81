"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
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
  calendarOverrideSchema,
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
  const [done, setDone] = useState<string>();
  const form = useForm<CalendarOverrideInput>({
    resolver: schemaResolver(calendarOverrideSchema),
    defaultValues: initial,
  });
  const save = useAction(saveCalendarAction, {
    setError: form.setError,
    onSuccess: () => setDone(t("override.saved")),
  });
  const reset = useAction(resetCalendarAction, {
    onSuccess: () => {
      for (const s of BUDGET_STEPS) {
        form.setValue(startKey(s), defaults[s].startMonth);
        form.setValue(endKey(s), defaults[s].endMonth);
      }
      form.clearErrors();
      setDone(t("override.resetDone"));
    },
  });
  const pending = save.pending || reset.pending;
  const formError = save.formError ?? reset.formError;
  const v = useWatch({ control: form.control }) as CalendarOverrideInput;
  const errors = form.formState.errors;

  const months = Array.from({ length: MAX_MONTH + 1 }, (_, m) => ({
    value: String(m),
    label: isTargetYearMonth(m)
      ? t("override.monthOptionTarget", { month: calendarMonthOf(m) })
      : t("override.monthOption", { month: calendarMonthOf(m) }),
  }));
  // The example dates follow the selects live, so a clerk sees the real days before saving.
  const ordered = BUDGET_STEPS.every((s) => v[startKey(s)] <= v[endKey(s)]);
  const example = ordered ? budgetTimeline(calendarFromInput(v), exampleFiscalYear, new Date(0)) : null;

  const month = (k: MonthKey) => ({
    ...form.register(k, { setValueAs: Number, onChange: () => setDone(undefined) }),
    options: months,
    error: errorText(errors[k]),
  });

  return (
    <form
      onSubmit={form.handleSubmit((values) => {
        reset.clear();
        save.execute(values);
      }, save.onInvalid)}
      noValidate
      className="rounded border border-stone-200 bg-white p-4 sm:p-6"
    >
      <FormError message={formError} />
      {BUDGET_STEPS.map((s, i) => (
        <fieldset key={s} className="mb-6 border-b border-stone-200 pb-2 last:border-b-0">
          <legend className="text-lg font-bold">
            {i + 1}. {tp(`budgetStep.${s}`)}
          </legend>
          <p className="text-sm text-stone-600">{t("override.defaultIs", { range: spanLabel(t, defaults[s]) })}</p>
          <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
            <SelectField {...month(startKey(s))} label={t("override.start")} />
            <SelectField {...month(endKey(s))} label={t("override.end")} />
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
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => {
              save.clear();
              reset.execute({ municipalityId: initial.municipalityId });
            }}
          >
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
