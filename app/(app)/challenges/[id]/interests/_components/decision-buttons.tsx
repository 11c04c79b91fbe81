"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { acceptInterestAction, declineInterestAction } from "@/lib/interests/actions";
import { REASON_MAX } from "@/lib/interests/schema";

/** 承諾 / 見送る. Declining opens a small box for an optional reason, then asks once more to confirm. */
export function DecisionButtons({ id, company }: { id: string; company: string }) {
  const t = useTranslations("interests.list");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string[]>();

  const accept = () => {
    if (!window.confirm(t("acceptConfirm"))) return;
    start(async () => {
      const r = await acceptInterestAction({ id });
      if (!r.ok) setError(r.formError);
      else router.refresh();
    });
  };
  const decline = () =>
    start(async () => {
      const r = await declineInterestAction({ id, reason });
      if (!r.ok) {
        setError(r.formError);
        setReasonError(r.fieldErrors?.reason);
      } else router.refresh();
    });

  return (
    <div className="w-full sm:w-auto">
      <FormError message={error} />
      {declining ? (
        <div className="rounded border border-stone-300 bg-stone-50 p-3">
          <TextAreaField
            name={`reason-${id}`}
            label={t("declineReason")}
            hint={t("declineHint")}
            maxLength={REASON_MAX}
            rows={3}
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="danger" onClick={decline} disabled={pending}>
              {t("declineConfirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDeclining(false)} disabled={pending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button type="button" onClick={accept} disabled={pending}>
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
