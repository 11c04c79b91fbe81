"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { withdrawProposalAction } from "@/lib/proposals/actions";
import { useStep } from "./use-step";

export function WithdrawButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("proposals.actions");
  const step = useStep(withdrawProposalAction);
  return (
    <div>
      <FormError message={step.formError} />
      <Button
        type="button"
        variant="secondary"
        disabled={step.pending}
        onClick={() => {
          if (window.confirm(t("withdrawConfirm"))) step.execute({ id, expectedVersion: version });
        }}
      >
        {t("withdraw")}
      </Button>
    </div>
  );
}
