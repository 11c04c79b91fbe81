"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { useCaseAction } from "@/components/loop/use-case-action";
import { answerCaseApprovalAction, withdrawCaseApprovalAction } from "@/lib/case-approval/actions";
import { APPROVAL_COMMENT_MAX } from "@/lib/case-approval/schema";

const REASONS = {
  stale: "approval.stale",
  not_requested: "approval.notRequested",
  not_approved: "approval.notApproved",
  already: "approval.notRequested",
} as const;

/**
 * Approve the version on screen, or ask for changes. The version travels with the answer: if the municipality
 * edited the text meanwhile, the answer is refused and the typed comment stays in the box.
 */
export function ApprovalForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("case-approval");
  const [comment, setComment] = useState("");
  const a = useCaseAction(answerCaseApprovalAction, REASONS);
  const err = a.fieldErrors.comment;
  return (
    <Card as="section" padding="lg" aria-labelledby="answer-heading" className="space-y-3" data-testid="approval-form">
      <h2 id="answer-heading" className="sr-only">
        {t("approval.approve")}
      </h2>
      <FormError message={a.formError} />
      <Button
        type="button"
        disabled={a.pending}
        onClick={() => a.execute({ id, version, decision: "approve" })}
        className="w-full sm:w-auto"
      >
        {a.pending ? t("approval.approving") : t("approval.approve")}
      </Button>
      <form
        className="space-y-2 border-t border-stone-200 pt-3"
        onSubmit={(e) => {
          e.preventDefault();
          a.execute({ id, version, decision: "changes", comment });
        }}
      >
        <TextAreaField
          name="comment"
          label={t("approval.comment")}
          hint={t("approval.commentHint")}
          rows={4}
          maxLength={APPROVAL_COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={err}
        />
        <Button type="submit" variant="secondary" disabled={a.pending}>
          {a.pending ? t("approval.sending") : t("approval.changes")}
        </Button>
      </form>
    </Card>
  );
}

export function WithdrawApproval({ id }: { id: string }) {
  const t = useTranslations("case-approval");
  const a = useCaseAction(withdrawCaseApprovalAction, REASONS);
  return (
    <div>
      <FormError message={a.formError} />
      <Button
        type="button"
        variant="secondary"
        disabled={a.pending}
        onClick={() => window.confirm(t("approval.withdrawConfirm")) && a.execute({ id })}
      >
        {t("approval.withdraw")}
      </Button>
    </div>
  );
}
