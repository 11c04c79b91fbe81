"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import Link from "@/components/ui/link";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { sendDirectInquiryAction } from "@/lib/companies/actions";
import { directInquirySchema } from "@/lib/companies/schema";

export function InquiryForm({ companyId }: { companyId: string }) {
  const t = useTranslations("companies.inquiry");
  const [threadId, setThreadId] = useState<string>();
  const form = useForm({
    resolver: zodResolver(directInquirySchema, undefined, { raw: true }),
    defaultValues: { companyId, subject: "", body: "" },
  });
  const { execute, pending, formError, onInvalid } = useAction(sendDirectInquiryAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: (r) => setThreadId(r.threadId),
  });
  const errors = form.formState.errors;

  if (threadId) {
    return (
      <div
        role="status"
        className="rounded border border-green-300 bg-green-50 p-4 text-green-900"
        data-testid="inquiry-sent"
      >
        <p className="font-bold">{t("sent")}</p>
        <p className="mt-2">
          <Link href={`/messages/${threadId}`} className="inline-flex min-h-11 items-center">
            {t("openThread")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={form.handleSubmit(execute, onInvalid)} noValidate data-testid="inquiry-form">
      <FormError message={formError} />
      <TextField
        {...form.register("subject")}
        label={t("subject")}
        hint={t("subjectHint")}
        required
        requiredLabel="必須"
        maxLength={100}
        error={errorText(errors.subject)}
      />
      <TextAreaField
        {...form.register("body")}
        label={t("body")}
        hint={t("bodyHint")}
        required
        requiredLabel="必須"
        rows={6}
        maxLength={5000}
        error={errorText(errors.body)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
