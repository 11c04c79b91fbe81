"use client";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/use-action";
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
  const { execute, pending, formError } = useAction(linkCasePartnerAction);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={linked ? "primary" : "secondary"}
        disabled={pending}
        onClick={() => execute({ companyId, casePartnerId, linked })}
      >
        {label}
      </Button>
      {formError ? (
        <span role="alert" className="text-sm text-red-700">
          {formError}
        </span>
      ) : null}
    </span>
  );
}
