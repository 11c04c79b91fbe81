"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { expressInterestAction } from "@/lib/interests/actions";
import { ANSWER_MAX, MESSAGE_MAX } from "@/lib/interests/schema";

type Question = { id: string; text: string };

/** Answers are checked here first (all required) so a clerk sees which box is empty before sending. */
export function InterestForm({
  challengeId,
  questions,
  dailyLimit,
}: {
  challengeId: string;
  questions: Question[];
  dailyLimit: number;
}) {
  const t = useTranslations("interests.form");
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string>();
  const router = useRouter();
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string | undefined> = {};
    for (const q of questions) if (!(answers[q.id] ?? "").trim()) missing[q.id] = t("required");
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setFormError(t("missing"));
      return;
    }
    start(async () => {
      const r = await expressInterestAction({
        challengeId,
        answers: questions.map((q) => ({ questionId: q.id, answer: answers[q.id] ?? "" })),
        message,
      });
      if (!r.ok) {
        setFormError(r.formError);
        const fe = r.fieldErrors ?? {};
        setErrors({ message: fe.message?.join(" ") });
        return;
      }
      if (!r.data.ok) {
        setFormError(t(`reason.${r.data.reason}`, { limit: dailyLimit }));
        return;
      }
      // The action revalidates this page (it now shows "already interested"), so the thanks go on the list.
      router.push("/interests?sent=1");
    });
  };

  return (
    <form onSubmit={submit} className="rounded border border-stone-200 bg-white p-4 sm:p-6" noValidate>
      <FormError message={formError} />
      {questions.length === 0 ? <p className="mb-4 text-stone-700">{t("noQuestions")}</p> : null}
      {questions.map((q) => (
        <TextAreaField
          key={q.id}
          name={`answer-${q.id}`}
          label={q.text}
          hint={t("answerHint")}
          required
          maxLength={ANSWER_MAX}
          value={answers[q.id] ?? ""}
          error={errors[q.id]}
          onChange={(e) => setAnswers((prev) => ({ ...prev, [q.id]: e.target.value }))}
        />
      ))}
      <TextAreaField
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        maxLength={MESSAGE_MAX}
        value={message}
        error={errors.message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {t("submit")}
      </Button>
    </form>
  );
}
