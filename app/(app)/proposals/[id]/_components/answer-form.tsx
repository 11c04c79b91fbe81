"use client";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField } from "@/components/ui/field";
import { schemaResolver } from "@/components/use-action";
import { answerProposalAction } from "@/lib/proposals/actions";
import { answerSchema, NOTE_MAX } from "@/lib/proposals/schema";
import { useStep } from "./use-step";

type Values = { id: string; body: string; toCompany: boolean; to: string; expectedVersion: number };

/** The department in charge answers in the platform: a note to the desk, or an answer the company reads. */
export function AnswerForm({ id, version, steps }: { id: string; version: number; steps: string[] }) {
  const t = useTranslations("proposals.actions");
  const ts = useTranslations("proposals.status");
  const form = useForm<Values>({
    resolver: schemaResolver(answerSchema),
    defaultValues: { id, body: "", toCompany: false, to: "", expectedVersion: version },
  });
  const step = useStep(answerProposalAction, form.setError, () =>
    form.reset({ id, body: "", toCompany: false, to: "", expectedVersion: version }),
  );
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit((v) => step.execute({ ...v, expectedVersion: version }), step.onInvalid)}
      noValidate
      data-testid="answer-form"
    >
      <p className="mb-3 text-sm text-stone-700">{t("answerLead")}</p>
      <FormError message={step.formError} />
      <TextAreaField
        {...form.register("body")}
        id="answer-body"
        rows={4}
        maxLength={NOTE_MAX}
        label={t("answerBody")}
        error={errorText(errors.body)}
      />
      <label className="mb-3 flex min-h-11 items-center gap-2">
        <input type="checkbox" {...form.register("toCompany")} className="size-5 shrink-0" />
        {t("answerToCompany")}
      </label>
      {steps.length ? (
        <SelectField
          {...form.register("to")}
          id="answer-to"
          label={t("answerStep")}
          placeholder={t("answerNoStep")}
          options={steps.map((s) => ({ value: s, label: ts(s) }))}
        />
      ) : null}
      <Button type="submit" disabled={step.pending}>
        {t("answerSubmit")}
      </Button>
    </form>
  );
}
