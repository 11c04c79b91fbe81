"use client";
import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { BUDGET_STATUSES, CHALLENGE_KINDS, OFFERS, PROGRAM_KINDS } from "@/lib/challenges/schema";
import type { FieldErrors } from "@/lib/action";
import { ChoiceGroup } from "./choice-group";
import { NEW_DEPARTMENT, type WizardState } from "./form-state";

export type StepProps = {
  step: number;
  state: WizardState;
  set: <K extends keyof WizardState>(key: K, value: WizardState[K]) => void;
  errors: FieldErrors;
  themes: { slug: string; nameJa: string; nameEn: string }[];
  departments: { id: string; name: string }[];
};

export function StepFields({ step, state, set, errors, themes, departments }: StepProps) {
  const t = useTranslations("challenges");
  const f = (k: string) => t(`wizard.fields.${k}`);
  const locale = useLocale();
  const reqPublish = (
    <span className="ml-2 rounded bg-amber-50 px-1.5 text-xs text-amber-900">{t("wizard.requiredToPublish")}</span>
  );
  const text = (k: "tried" | "affected" | "success" | "companyGain" | "offerNote" | "periodNote", rows = 5) => (
    <TextAreaField
      name={k}
      label={f(k)}
      rows={rows}
      value={state[k]}
      onChange={(e) => set(k, e.target.value)}
      error={errors[k]}
      maxLength={4000}
    />
  );
  switch (step) {
    case 0:
      return (
        <>
          <ChoiceGroup
            name="kind"
            type="radio"
            legend={f("kind")}
            badge={reqPublish}
            value={state.kind}
            onChange={(v) => set("kind", v as string)}
            error={errors.kind}
            options={CHALLENGE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`), hint: t(`kindHint.${k}`) }))}
          />
          {state.kind === "PROGRAM" ? (
            <SelectField
              name="programKind"
              label={f("programKind")}
              required
              requiredLabel={t("wizard.requiredToPublish")}
              value={state.programKind}
              onChange={(e) => set("programKind", e.target.value)}
              error={errors.programKind}
              placeholder="―"
              options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`programKind.${k}`) }))}
            />
          ) : null}
          <TextField
            name="title"
            label={f("title")}
            hint={f("titleHint")}
            required
            requiredLabel={t("wizard.required")}
            value={state.title}
            onChange={(e) => set("title", e.target.value)}
            error={errors.title}
            maxLength={100}
          />
        </>
      );
    case 1:
      return (
        <TextAreaField
          name="situation"
          label={f("situation")}
          required
          requiredLabel={t("wizard.required")}
          rows={8}
          value={state.situation}
          onChange={(e) => set("situation", e.target.value)}
          error={errors.situation}
          maxLength={4000}
        />
      );
    case 2:
      return (
        <>
          {text("tried")}
          {text("affected", 4)}
        </>
      );
    case 3:
      return (
        <>
          {text("success")}
          {text("companyGain", 4)}
        </>
      );
    case 4:
      return (
        <>
          <ChoiceGroup
            name="offers"
            type="checkbox"
            legend={f("offers")}
            hint={f("offersHint")}
            columns={2}
            value={state.offers}
            onChange={(v) => set("offers", v as string[])}
            error={errors.offers}
            options={OFFERS.map((o) => ({ value: o, label: t(`offer.${o}`) }))}
          />
          {text("offerNote", 3)}
          <ChoiceGroup
            name="budgetStatus"
            type="radio"
            legend={f("budgetStatus")}
            value={state.budgetStatus}
            onChange={(v) => set("budgetStatus", v as string)}
            error={errors.budgetStatus}
            options={BUDGET_STATUSES.map((b) => ({ value: b, label: t(`budget.${b}`) }))}
          />
          {state.budgetStatus === "CONSIDERING" || state.budgetStatus === "SECURED" ? (
            <div className="grid gap-x-4 sm:grid-cols-2">
              <TextField
                name="budgetAmount"
                label={f("budgetAmount")}
                hint={f("budgetAmountHint")}
                inputMode="numeric"
                value={state.budgetAmount}
                required={state.budgetStatus === "SECURED"}
                requiredLabel={t("wizard.requiredToPublish")}
                onChange={(e) => set("budgetAmount", e.target.value)}
                error={errors.budgetAmount}
              />
              <TextField
                name="budgetFiscalYear"
                label={f("budgetFiscalYear")}
                hint={f("budgetFiscalYearHint")}
                inputMode="numeric"
                maxLength={4}
                required={state.budgetStatus === "SECURED"}
                requiredLabel={t("wizard.requiredToPublish")}
                value={state.budgetFiscalYear}
                onChange={(e) => set("budgetFiscalYear", e.target.value)}
                error={errors.budgetFiscalYear}
              />
            </div>
          ) : null}
        </>
      );
    case 5:
      return (
        <>
          {text("periodNote", 3)}
          <SelectField
            name="departmentId"
            label={f("department")}
            hint={f("departmentHint")}
            value={state.departmentId}
            onChange={(e) => set("departmentId", e.target.value)}
            error={errors.departmentId}
            placeholder={f("departmentNone")}
            options={[
              ...departments.map((d) => ({ value: d.id, label: d.name })),
              { value: NEW_DEPARTMENT, label: f("departmentNew") },
            ]}
          />
          {state.departmentId === NEW_DEPARTMENT ? (
            <TextField
              name="departmentName"
              label={f("departmentName")}
              value={state.departmentName}
              maxLength={60}
              onChange={(e) => set("departmentName", e.target.value)}
              error={errors.departmentName}
            />
          ) : null}
          <ChoiceGroup
            name="themeSlugs"
            type="checkbox"
            legend={f("themes")}
            hint={f("themesHint")}
            badge={reqPublish}
            columns={2}
            value={state.themeSlugs}
            onChange={(v) => set("themeSlugs", v as string[])}
            error={errors.themeSlugs}
            options={themes.map((th) => ({ value: th.slug, label: locale === "ja" ? th.nameJa : th.nameEn }))}
          />
        </>
      );
    default:
      return null;
  }
}
