"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { setSalesOnlyAction } from "@/lib/interests/actions";

export function SalesOnlyToggle({ id, salesOnly, company }: { id: string; salesOnly: boolean; company: string }) {
  const t = useTranslations("interests.list");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const toggle = () =>
    start(async () => {
      const r = await setSalesOnlyAction({ id, salesOnly: !salesOnly });
      if (!r.ok) setError(r.formError);
      else router.refresh();
    });
  return (
    <div>
      <FormError message={error} />
      <Button type="button" variant="secondary" onClick={toggle} disabled={pending} aria-pressed={salesOnly}>
        {salesOnly ? t("unflag") : t("flag")}
        <span className="sr-only">：{company}</span>
      </Button>
    </div>
  );
}
