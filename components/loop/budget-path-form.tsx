"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { saveBudgetPathAction } from "@/lib/budget-path/actions";
import { budgetPathSchema, FUNDING_SOURCES, NAMED_SOURCES, PROCUREMENT_ROUTES } from "@/lib/budget-path/schema";
import { SCHEMES } from "@/lib/matches/schema";

export type BudgetPathValues = {
  id: string;
  fundingSource: string;
  fundingName: string;
  procurementRoute: string;
  scheme: string;
  expectedBudget: string;
  targetFiscalYear: string;
};
type Option = { value: string; label: string };

/**
 * The budget path's form, under Match.version like the coordinator's edit form: a save on an older page is told so
 * and keeps what was typed (nothing is reset until a save succeeds and the page refreshes).
 */
export function BudgetPathForm({
  initial,
  version,
  fiscalYears,
}: {
  initial: BudgetPathValues;
  version: number;
  fiscalYears: Option[];
}) {
  const t = useTranslations("budget-path");
  const ts = useTranslations("cases.scheme");
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useForm<BudgetPathValues & { expectedVersion: number }>({
    resolver: schemaResolver(budgetPathSchema),
    defaultValues: { ...initial, expectedVersion: version },
  });
  const { execute, pending, formError, fail, onInvalid } = useAction(saveBudgetPathAction, {
    setError: form.setError,
    refresh: (r) => r.ok,
    onError: () => setStale(false),
    onSuccess: (r): void => {
      if (!r.ok) {
        fail({ formError: t("stale") });
        return setStale(true);
      }
      setSaved(true);
    },
  });
  const errors = form.formState.errors;
  const field = <K extends keyof BudgetPathValues>(name: K) => ({
    ...form.register(name),
    id: `budget-${name}`,
    error: errorText(errors[name]),
  });
  const source = useWatch({ control: form.control, name: "fundingSource" });
  const named = (NAMED_SOURCES as readonly string[]).includes(source);
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        // The version the page shows now: a save refreshes it, and the next save must say so.
        return form.handleSubmit((values) => execute({ ...values, expectedVersion: version }), onInvalid)(e);
      }}
      noValidate
      data-testid="budget-path-form"
    >
      <FormError message={formError} />
      {stale ? (
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mb-4 min-h-11 rounded border border-stone-300 bg-white px-4 hover:bg-stone-100"
        >
          {t("reload")}
        </button>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          {...field("fundingSource")}
          label={t("fundingSource")}
          placeholder={t("notSet")}
          options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`funding.${s}`) }))}
        />
        {named ? (
          <TextField
            {...field("fundingName")}
            label={t(`fundingName.${source as "NATIONAL_GRANT" | "CORPORATE_FURUSATO"}`)}
            hint={t("fundingNameHint")}
            maxLength={200}
          />
        ) : (
          <div />
        )}
        <SelectField
          {...field("procurementRoute")}
          label={t("procurementRoute")}
          placeholder={t("notSet")}
          options={PROCUREMENT_ROUTES.map((r) => ({ value: r, label: t(`route.${r}`) }))}
        />
        <SelectField
          {...field("scheme")}
          label={t("scheme")}
          placeholder={t("choose")}
          options={SCHEMES.map((s) => ({ value: s, label: ts(s) }))}
        />
        <TextField
          {...field("expectedBudget")}
          inputMode="numeric"
          label={t("expectedBudget")}
          hint={t("budgetHint")}
        />
        <SelectField
          {...field("targetFiscalYear")}
          label={t("targetFiscalYear")}
          placeholder={t("notSet")}
          options={fiscalYears}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-green-900">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
