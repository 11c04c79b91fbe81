"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { acceptInterestAction, declineInterestAction } from "@/lib/interests/actions";
import { declineSchema, REASON_MAX } from "@/lib/interests/schema";

/** 承諾 / 見送る. Declining opens a small box for an optional reason, then asks once more to confirm. */
export function DecisionButtons({ id, company }: { id: string; company: string }) {
  const t = useTranslations("interests.list");
  const [declining, setDeclining] = useState(false);
  const form = useForm({
    resolver: zodResolver(declineSchema, undefined, { raw: true }),
    defaultValues: { id, reason: "" },
  });
  const accept = useAction(acceptInterestAction);
  const decline = useAction(declineInterestAction, { setError: form.setError });
  const pending = accept.pending || decline.pending;

  return (
    <div className="w-full sm:w-auto">
      <FormError message={accept.formError ?? decline.formError} />
      {declining ? (
        <div className="rounded border border-stone-300 bg-stone-50 p-3">
          <TextAreaField
            {...form.register("reason")}
            id={`reason-${id}`}
            label={t("declineReason")}
            hint={t("declineHint")}
            maxLength={REASON_MAX}
            rows={3}
            error={errorText(form.formState.errors.reason)}
          />
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              variant="danger"
              onClick={form.handleSubmit(decline.execute, decline.onInvalid)}
              disabled={pending}
            >
              {t("declineConfirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDeclining(false)} disabled={pending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            onClick={() => {
              if (window.confirm(t("acceptConfirm"))) accept.execute({ id });
            }}
            disabled={pending}
          >
            {t("accept")}
            <span className="sr-only">：{company}</span>
          </Button>
          <Button type="button" variant="secondary" onClick={() => setDeclining(true)} disabled={pending}>
            {t("decline")}
            <span className="sr-only">：{company}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
