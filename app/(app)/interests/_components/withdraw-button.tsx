"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { withdrawInterestAction } from "@/lib/interests/actions";

export function WithdrawButton({ id }: { id: string }) {
  const t = useTranslations("interests.mine");
  const { execute, pending, formError } = useAction(withdrawInterestAction);
  const run = () => {
    if (window.confirm(t("withdrawConfirm"))) execute({ id });
  };
  return (
    <div>
      <FormError message={formError} />
      <Button type="button" variant="secondary" onClick={run} disabled={pending}>
        {t("withdraw")}
      </Button>
    </div>
  );
}
