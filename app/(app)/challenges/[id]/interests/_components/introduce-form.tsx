"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { introduceCompanyAction } from "@/lib/interests/actions";
import { introduceSchema, SUMMARY_MAX } from "@/lib/interests/schema";

/** Coordinators: find a company by name (a plain GET search), pick it, draft the summary. */
export function IntroduceForm({
  challengeId,
  q,
  matches,
}: {
  challengeId: string;
  q: string;
  matches: { id: string; name: string }[];
}) {
  const t = useTranslations("interests.introduce");
  const [done, setDone] = useState(false);
  const form = useForm({
    resolver: zodResolver(introduceSchema, undefined, { raw: true }),
    defaultValues: { challengeId, companyId: "", summary: "" },
  });
  const { execute, pending, formError, fail, onInvalid } = useAction(introduceCompanyAction, {
    setError: form.setError,
    refresh: (r) => r.ok,
    onSuccess: (r): void => {
      if (!r.ok) return fail({ formError: t("already") });
      form.setValue("summary", "");
      setDone(true);
    },
  });
  const errors = form.formState.errors;

  return (
    <section className="rounded border border-stone-200 bg-white p-4 sm:p-6" aria-labelledby="introduce-title">
      <h2 id="introduce-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mb-4 text-stone-700">{t("lead")}</p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <TextField name="q" label={t("search")} defaultValue={q} />
        </div>
        <Button type="submit" variant="secondary" className="mb-4">
          {t("searchButton")}
        </Button>
      </form>
      {q && matches.length === 0 ? <p className="mb-4 text-stone-700">{t("noMatch")}</p> : null}
      {matches.length > 0 ? (
        <form
          onSubmit={(e) => {
            setDone(false);
            return form.handleSubmit(execute, onInvalid)(e);
          }}
          noValidate
        >
          <FormError message={formError} />
          {done ? (
            <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
              {t("done")}
            </p>
          ) : null}
          <SelectField
            {...form.register("companyId")}
            label={t("company")}
            required
            placeholder={t("choose")}
            options={matches.map((m) => ({ value: m.id, label: m.name }))}
            error={errorText(errors.companyId)}
          />
          <TextAreaField
            {...form.register("summary")}
            label={t("summary")}
            hint={t("summaryHint")}
            required
            maxLength={SUMMARY_MAX}
            error={errorText(errors.summary)}
          />
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
