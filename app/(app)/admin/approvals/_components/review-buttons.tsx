"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { reviewStaffAction } from "@/lib/accounts/actions";
import { useReviewFeedback } from "./review-feedback";

export function ReviewButtons({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("admin.approvals");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const announce = useReviewFeedback();

  function decide(decision: "APPROVE" | "REJECT", reason?: string) {
    setError(undefined);
    startTransition(async () => {
      const res = await reviewStaffAction({ userId, decision, reason });
      if (!res.ok) {
        setError(res.formError);
        return;
      }
      setDone(decision === "APPROVE" ? t("approved") : t("rejected"));
      announce(t(decision === "APPROVE" ? "approvedName" : "rejectedName", { name }));
      router.refresh();
    });
  }

  if (done)
    return (
      <p role="status" className="mt-4 font-medium text-brand-800">
        {done}
      </p>
    );
  const reasonId = `reason-${userId}`;
  return (
    <div className="mt-4">
      <FormError message={error} />
      {rejecting ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            decide("REJECT", String(new FormData(e.currentTarget).get(reasonId) ?? ""));
          }}
        >
          <TextAreaField name={reasonId} label={t("rejectReason")} rows={2} maxLength={500} />
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t("working") : t("confirmReject")}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setRejecting(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button
            type="button"
            disabled={pending}
            onClick={() => decide("APPROVE")}
            aria-label={`${t("approve")}：${name}`}
          >
            {pending ? t("working") : t("approve")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => setRejecting(true)}
            aria-label={`${t("reject")}：${name}`}
          >
            {t("reject")}
          </Button>
        </div>
      )}
    </div>
  );
}
