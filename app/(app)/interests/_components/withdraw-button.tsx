"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { withdrawInterestAction } from "@/lib/interests/actions";

export function WithdrawButton({ id }: { id: string }) {
  const t = useTranslations("interests.mine");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const run = () => {
    if (!window.confirm(t("withdrawConfirm"))) return;
    start(async () => {
      const r = await withdrawInterestAction({ id });
      if (!r.ok) setError(r.formError);
      else router.refresh();
    });
  };
  return (
    <div>
      <FormError message={error} />
      <Button type="button" variant="secondary" onClick={run} disabled={pending}>
        {t("withdraw")}
      </Button>
    </div>
  );
}
