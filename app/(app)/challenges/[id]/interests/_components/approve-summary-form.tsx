"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { approveIntroSummaryAction } from "@/lib/interests/actions";
import { SUMMARY_MAX } from "@/lib/interests/schema";

/** The municipality reads the coordinator's draft, may rewrite it, and approves what the company will see. */
export function ApproveSummaryForm({ id, summary: initial }: { id: string; summary: string }) {
  const t = useTranslations("interests.list");
  const router = useRouter();
  const [summary, setSummary] = useState(initial);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [fieldError, setFieldError] = useState<string[]>();
  const approve = () =>
    start(async () => {
      const r = await approveIntroSummaryAction({ id, summary });
      if (!r.ok) {
        setError(r.formError);
        setFieldError(r.fieldErrors?.summary);
      } else router.refresh();
    });
  return (
    <section className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
      <h3 className="font-medium">{t("summary")}</h3>
      <p className="mb-2 text-sm text-stone-700">{t("needsApproval")}</p>
      <FormError message={error} />
      <TextAreaField
        name={`summary-${id}`}
        label={t("summaryLabel")}
        hint={t("summaryHint")}
        maxLength={SUMMARY_MAX}
        value={summary}
        error={fieldError}
        onChange={(e) => setSummary(e.target.value)}
      />
      <Button type="button" onClick={approve} disabled={pending}>
        {t("approve")}
      </Button>
    </section>
  );
}
