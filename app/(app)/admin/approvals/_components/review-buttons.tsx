"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { reviewStaffAction } from "@/lib/accounts/actions";
import { useReviewFeedback } from "./review-feedback";

/**
 * Approve, or reject with an optional reason, which is e-mailed to the applicant (its only rule, the length, is held
 * by maxLength). `action`: the desk decides its invitation accounts through its own action (same reviewStaff).
 */
export function ReviewButtons({
  userId,
  name,
  action = reviewStaffAction,
}: {
  userId: string;
  name: string;
  action?: typeof reviewStaffAction;
}) {
  const t = useTranslations("admin.approvals");
  const [rejecting, setRejecting] = useState(false);
  const [done, setDone] = useState<string>();
  const announce = useReviewFeedback();
  const { execute, pending, formError } = useAction(action, {
    onSuccess: ({ status }) => {
      setDone(status === "ACTIVE" ? t("approved") : t("rejected"));
      announce(t(status === "ACTIVE" ? "approvedName" : "rejectedName", { name }));
    },
  });
  const decide = (decision: "APPROVE" | "REJECT", reason?: string) => execute({ userId, decision, reason });

  if (done)
    return (
      <p role="status" className="mt-4 font-medium text-brand-800">
        {done}
      </p>
    );
  const reasonId = `reason-${userId}`;
  return (
    <div className="mt-4">
      <FormError message={formError} />
      {rejecting ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            decide("REJECT", String(new FormData(e.currentTarget).get(reasonId) ?? ""));
          }}
        >
          <TextAreaField
            name={reasonId}
            label={t("rejectReason")}
            hint={t("rejectReasonHint")}
            rows={2}
            maxLength={500}
          />
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
