"use client";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField } from "@/components/ui/field";
import { schemaResolver } from "@/components/use-action";
import { stepProposalAction } from "@/lib/proposals/actions";
import { DECLINE_TEMPLATES, deskStepSchema, NOTE_MAX } from "@/lib/proposals/schema";
import { useStep } from "./use-step";

type Values = { id: string; to: string; message: string; expectedVersion: number };

/** 検討中・面談・採用・実証・見送り; 見送り asks for the polite reason the company will read, from a template. */
export function StepForm({ id, version, steps }: { id: string; version: number; steps: string[] }) {
  const t = useTranslations("proposals.actions");
  const ts = useTranslations("proposals.status");
  const form = useForm<Values>({
    resolver: schemaResolver(deskStepSchema),
    defaultValues: { id, to: "", message: "", expectedVersion: version },
  });
  const step = useStep(stepProposalAction, form.setError);
  const to = useWatch({ control: form.control, name: "to" });
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit((v) => step.execute({ ...v, expectedVersion: version }), step.onInvalid)}
      noValidate
      data-testid="step-form"
    >
      <FormError message={step.formError} />
      <SelectField
        {...form.register("to")}
        id="step-to"
        label={t("stepTo")}
        placeholder={t("stepTo")}
        options={steps.map((s) => ({ value: s, label: ts(s) }))}
        error={errorText(errors.to)}
      />
      {to === "DECLINED" ? (
        <div className="mb-2 flex flex-wrap items-center gap-2" role="group" aria-label={t("templates")}>
          <span className="text-sm text-stone-700">{t("templates")}</span>
          {DECLINE_TEMPLATES.map((k) => (
            <button
              key={k}
              type="button"
              className="min-h-11 rounded border border-stone-300 bg-white px-3 text-sm hover:bg-stone-100"
              onClick={() => form.setValue("message", t(`template.${k}`))}
            >
              {t(`templateLabel.${k}`)}
            </button>
          ))}
        </div>
      ) : null}
      <TextAreaField
        {...form.register("message")}
        id="step-message"
        rows={4}
        maxLength={NOTE_MAX}
        label={to === "DECLINED" ? t("declineReason") : t("message")}
        error={errorText(errors.message)}
      />
      {to === "ADOPTED" ? <p className="mb-3 text-sm text-stone-700">{t("adoptNote")}</p> : null}
      <Button type="submit" disabled={step.pending}>
        {t("stepSubmit")}
      </Button>
    </form>
  );
}
