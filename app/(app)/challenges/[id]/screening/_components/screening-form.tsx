"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { saveScreeningAction } from "@/lib/interests/actions";
import { MAX_SCREENING_QUESTIONS, QUESTION_MAX, screeningSchema } from "@/lib/interests/schema";

const boxes = Array.from({ length: MAX_SCREENING_QUESTIONS }, (_, i) => i);

/** Five fixed boxes rather than add/remove buttons: simpler for a clerk, and blanks are simply skipped. */
export function ScreeningForm({ challengeId, initial }: { challengeId: string; initial: string[] }) {
  const t = useTranslations("interests.screening");
  const [saved, setSaved] = useState(false);
  const form = useForm({
    resolver: schemaResolver<{ challengeId: string; questions: string[] }>(screeningSchema),
    defaultValues: { challengeId, questions: boxes.map((i) => initial[i] ?? "") },
  });
  const { execute, pending, formError, onInvalid } = useAction(saveScreeningAction, {
    setError: form.setError,
    onSuccess: () => setSaved(true),
  });
  // Blank boxes are dropped before the check, so an error's index need not be its box: show them together.
  const errors = errorText(form.formState.errors.questions);

  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        return form.handleSubmit(execute, onInvalid)(e);
      }}
      className="rounded border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <FormError message={formError} />
      {saved ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("saved")}
        </p>
      ) : null}
      {boxes.map((i) => (
        <TextField
          key={i}
          {...form.register(`questions.${i}`)}
          id={`question-${i}`}
          label={t("question", { n: i + 1 })}
          hint={i === 0 ? t("hint") : undefined}
          maxLength={QUESTION_MAX}
        />
      ))}
      {errors ? (
        <p role="alert" className="mb-4 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
