"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField } from "@/components/ui/field";
import { schemaResolver, useAction } from "@/components/use-action";
import { expressInterestAction } from "@/lib/interests/actions";
import { ANSWER_MAX, expressSchema, MESSAGE_MAX } from "@/lib/interests/schema";
import type { TrafficSourceParam } from "@/lib/views/source";

type Question = { id: string; text: string };
type Values = {
  challengeId: string;
  answers: { questionId: string; answer: string }[];
  message: string;
  source: TrafficSourceParam;
};

/** Answers are checked here first (all required) so a clerk sees which box is empty before sending. */
export function InterestForm({
  challengeId,
  questions,
  dailyLimit,
  source,
}: {
  challengeId: string;
  questions: Question[];
  dailyLimit: number;
  /** Where the company came from to the challenge (docs/metrics.md); not shown, sent with the form. */
  source: TrafficSourceParam;
}) {
  const t = useTranslations("interests.form");
  const router = useRouter();
  const form = useForm<Values>({
    resolver: schemaResolver(expressSchema),
    defaultValues: {
      challengeId,
      answers: questions.map((q) => ({ questionId: q.id, answer: "" })),
      message: "",
      source,
    },
  });
  const { execute, pending, formError, fail, onInvalid } = useAction(expressInterestAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: (r): void => {
      // The action revalidates this page (it now shows "already interested"), so the thanks go on the list.
      if (r.ok) router.push("/interests?sent=1");
      else fail({ formError: t(`reason.${r.reason}`, { limit: dailyLimit }) });
    },
  });
  const errors = form.formState.errors;

  return (
    <form
      onSubmit={form.handleSubmit(execute, (e) => (e.answers ? fail({ formError: t("missing") }) : onInvalid()))}
      className="rounded border border-stone-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <FormError message={formError} />
      {questions.length === 0 ? <p className="mb-4 text-stone-700">{t("noQuestions")}</p> : null}
      {questions.map((q, i) => (
        <TextAreaField
          key={q.id}
          {...form.register(`answers.${i}.answer`)}
          id={`answer-${q.id}`}
          label={q.text}
          hint={t("answerHint")}
          required
          maxLength={ANSWER_MAX}
          error={errorText(errors.answers?.[i]?.answer)}
        />
      ))}
      <TextAreaField
        {...form.register("message")}
        label={t("message")}
        hint={t("messageHint")}
        maxLength={MESSAGE_MAX}
        error={errorText(errors.message)}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
