"use client";
import type { UseFormReturn } from "react-hook-form";
import { errorText, TextAreaField } from "@/components/ui/field";
import { ANSWER_MAX } from "@/lib/calls/schema";

export type AnswerFormValues = { trouble: string; tried: string; expectation: string };

/** The three questions, shared by the first answer and its edits (`prefix` keeps ids unique per answer). */
export function AnswerFields({
  form,
  labels: l,
  prefix = "",
}: {
  form: UseFormReturn<AnswerFormValues & Record<string, unknown>>;
  labels: Record<string, string>;
  prefix?: string;
}) {
  const e = form.formState.errors;
  return (
    <>
      <TextAreaField
        {...form.register("trouble")}
        id={`${prefix}trouble`}
        label={l.trouble}
        hint={l.troubleHint}
        required
        maxLength={ANSWER_MAX}
        rows={5}
        error={errorText(e.trouble)}
      />
      <TextAreaField
        {...form.register("tried")}
        id={`${prefix}tried`}
        label={l.tried}
        hint={l.triedHint}
        maxLength={ANSWER_MAX}
        rows={3}
        error={errorText(e.tried)}
      />
      <TextAreaField
        {...form.register("expectation")}
        id={`${prefix}expectation`}
        label={l.expectation}
        hint={l.expectationHint}
        maxLength={ANSWER_MAX}
        rows={3}
        error={errorText(e.expectation)}
      />
    </>
  );
}
