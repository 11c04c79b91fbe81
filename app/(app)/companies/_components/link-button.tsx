"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { linkCasePartnerAction } from "@/lib/companies/actions";

export function LinkButton({
  companyId,
  casePartnerId,
  linked,
  label,
}: {
  companyId: string;
  casePartnerId: string;
  linked: boolean;
  label: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={linked ? "primary" : "secondary"}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await linkCasePartnerAction({ companyId, casePartnerId, linked });
            if (r.ok) router.refresh();
            else setError(r.formError);
          })
        }
      >
        {label}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
