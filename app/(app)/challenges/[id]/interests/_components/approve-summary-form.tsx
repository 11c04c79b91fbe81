"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { approveIntroSummaryAction } from "@/lib/interests/actions";
import { approveSummarySchema, SUMMARY_MAX } from "@/lib/interests/schema";

/** The municipality reads the coordinator's draft, may rewrite it, and approves what the company will see. */
export function ApproveSummaryForm({ id, summary }: { id: string; summary: string }) {
  const t = useTranslations("interests.list");
  const form = useForm({
    resolver: zodResolver(approveSummarySchema, undefined, { raw: true }),
    defaultValues: { id, summary },
  });
  const { execute, pending, formError, onInvalid } = useAction(approveIntroSummaryAction, {
    setError: form.setError,
  });
  return (
    <section className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
      <h3 className="font-medium">{t("summary")}</h3>
      <p className="mb-2 text-sm text-stone-700">{t("needsApproval")}</p>
      <FormError message={formError} />
      <TextAreaField
        {...form.register("summary")}
        id={`summary-${id}`}
        label={t("summaryLabel")}
        hint={t("summaryHint")}
        maxLength={SUMMARY_MAX}
        error={errorText(form.formState.errors.summary)}
      />
      <Button type="button" onClick={form.handleSubmit(execute, onInvalid)} disabled={pending}>
        {t("approve")}
      </Button>
    </section>
  );
}
