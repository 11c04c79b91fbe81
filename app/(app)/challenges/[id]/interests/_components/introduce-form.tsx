"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { introduceCompanyAction } from "@/lib/interests/actions";
import { SUMMARY_MAX } from "@/lib/interests/schema";

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
  const router = useRouter();
  const [companyId, setCompanyId] = useState("");
  const [summary, setSummary] = useState("");
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [done, setDone] = useState(false);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone(false);
    start(async () => {
      const r = await introduceCompanyAction({ challengeId, companyId, summary });
      if (!r.ok) {
        setFormError(r.formError);
        setFieldErrors(r.fieldErrors ?? {});
      } else if (!r.data.ok) {
        setFormError(t("already"));
      } else {
        setFormError(undefined);
        setFieldErrors({});
        setSummary("");
        setDone(true);
        router.refresh();
      }
    });
  };

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
        <form onSubmit={submit} noValidate>
          <FormError message={formError} />
          {done ? (
            <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
              {t("done")}
            </p>
          ) : null}
          <SelectField
            name="companyId"
            label={t("company")}
            required
            placeholder={t("choose")}
            options={matches.map((m) => ({ value: m.id, label: m.name }))}
            value={companyId}
            error={fieldErrors.companyId}
            onChange={(e) => setCompanyId(e.target.value)}
          />
          <TextAreaField
            name="summary"
            label={t("summary")}
            hint={t("summaryHint")}
            required
            maxLength={SUMMARY_MAX}
            value={summary}
            error={fieldErrors.summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
