"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { setProposalSalesOnlyAction } from "@/lib/proposals/actions";

/** 営業目的: the desk's mark, counted on the company as a marked interest is. */
export function SalesOnlyToggle({ id, salesOnly }: { id: string; salesOnly: boolean }) {
  const t = useTranslations("proposals.actions");
  const action = useAction(setProposalSalesOnlyAction);
  return (
    <div>
      <FormError message={action.formError} />
      <Button
        type="button"
        variant="secondary"
        disabled={action.pending}
        onClick={() => action.execute({ id, salesOnly: !salesOnly })}
        data-testid="sales-only"
      >
        {salesOnly ? t("salesOnlyOff") : t("salesOnlyOn")}
      </Button>
    </div>
  );
}
