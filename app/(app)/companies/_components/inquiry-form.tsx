"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action";
import { sendDirectInquiryAction } from "@/lib/companies/actions";

export function InquiryForm({ companyId }: { companyId: string }) {
  const t = useTranslations("companies.inquiry");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [threadId, setThreadId] = useState<string>();
  const [pending, start] = useTransition();

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
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await sendDirectInquiryAction({ companyId, subject, body });
      if (r.ok) {
        setThreadId(r.data.threadId);
        return;
      }
      setErrors(r.fieldErrors ?? {});
      setFormError(r.formError);
    });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="inquiry-form">
      <FormError message={formError} />
      <TextField
        name="subject"
        label={t("subject")}
        hint={t("subjectHint")}
        required
        requiredLabel="必須"
        maxLength={100}
        value={subject}
        error={errors.subject}
        onChange={(e) => setSubject(e.target.value)}
      />
      <TextAreaField
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        required
        requiredLabel="必須"
        rows={6}
        maxLength={5000}
        value={body}
        error={errors.body}
        onChange={(e) => setBody(e.target.value)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
