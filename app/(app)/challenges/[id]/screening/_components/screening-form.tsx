"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { saveScreeningAction } from "@/lib/interests/actions";
import { MAX_SCREENING_QUESTIONS, QUESTION_MAX } from "@/lib/interests/schema";

/** Five fixed boxes rather than add/remove buttons: simpler for a clerk, and blanks are simply skipped. */
export function ScreeningForm({ challengeId, initial }: { challengeId: string; initial: string[] }) {
  const t = useTranslations("interests.screening");
  const router = useRouter();
  const [questions, setQuestions] = useState<string[]>(() =>
    Array.from({ length: MAX_SCREENING_QUESTIONS }, (_, i) => initial[i] ?? ""),
  );
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [saved, setSaved] = useState(false);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    start(async () => {
      const r = await saveScreeningAction({ challengeId, questions });
      if (!r.ok) {
        setFormError(r.formError);
        setFieldErrors(r.fieldErrors ?? {});
        return;
      }
      setFormError(undefined);
      setFieldErrors({});
      setSaved(true);
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="rounded border border-stone-200 bg-white p-4 sm:p-6" noValidate>
      <FormError message={formError} />
      {saved ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("saved")}
        </p>
      ) : null}
      {questions.map((q, i) => (
        <TextField
          key={i}
          name={`question-${i}`}
          label={t("question", { n: i + 1 })}
          hint={i === 0 ? t("hint") : undefined}
          value={q}
          maxLength={QUESTION_MAX}
          onChange={(e) => setQuestions((prev) => prev.map((p, j) => (j === i ? e.target.value : p)))}
        />
      ))}
      {fieldErrors.questions?.length ? (
        <p role="alert" className="mb-4 text-sm text-red-700">
          {fieldErrors.questions.join(" ")}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
