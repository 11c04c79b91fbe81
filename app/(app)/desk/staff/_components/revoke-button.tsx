"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { revokeInvitationAction } from "@/lib/desk/invitations-actions";

/** The link stops working at once; the row leaves the list on the refresh. */
export function RevokeButton({ id, email }: { id: string; email: string }) {
  const t = useTranslations("desk.staff");
  const revoke = useAction(revokeInvitationAction);
  return (
    <div className="mt-2">
      <FormError message={revoke.formError} />
      <Button
        type="button"
        variant="secondary"
        disabled={revoke.pending}
        onClick={() => revoke.execute({ id })}
        aria-label={`${t("revoke")}：${email}`}
      >
        {revoke.pending ? t("working") : t("revoke")}
      </Button>
    </div>
  );
}
