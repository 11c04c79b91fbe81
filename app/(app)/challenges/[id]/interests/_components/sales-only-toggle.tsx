"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { setSalesOnlyAction } from "@/lib/interests/actions";

export function SalesOnlyToggle({ id, salesOnly, company }: { id: string; salesOnly: boolean; company: string }) {
  const t = useTranslations("interests.list");
  const { execute, pending, formError } = useAction(setSalesOnlyAction);
  return (
    <div>
      <FormError message={formError} />
      <Button
        type="button"
        variant="secondary"
        onClick={() => execute({ id, salesOnly: !salesOnly })}
        disabled={pending}
        aria-pressed={salesOnly}
      >
        {salesOnly ? t("unflag") : t("flag")}
        <span className="sr-only">：{company}</span>
      </Button>
    </div>
  );
}
