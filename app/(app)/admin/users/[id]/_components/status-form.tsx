"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField } from "@/components/ui/field";
import { reactivateUserAction, suspendUserAction } from "@/lib/admin/actions";
import { Done } from "./done";
import { useAdminAction } from "./use-admin-action";

/** Suspend (with an optional reason and a confirmation) or reactivate. */
export function StatusForm({ userId, name, suspended }: { userId: string; name: string; suspended: boolean }) {
  const t = useTranslations("admin.users");
  const [confirming, setConfirming] = useState(false);
  const suspend = useAdminAction(suspendUserAction, () => t("suspended"));
  const reactivate = useAdminAction(reactivateUserAction, () => t("reactivated"));

  if (suspended)
    return (
      <div className="mt-3">
        <p>{t("reactivateLead")}</p>
        <FormError message={reactivate.formError} />
        <Button
          type="button"
          className="mt-3"
          disabled={reactivate.pending}
          onClick={() => reactivate.execute({ userId })}
        >
          {reactivate.pending ? t("working") : t("reactivate")}
        </Button>
        <Done message={reactivate.message ?? suspend.message} />
      </div>
    );
  return (
    <form
      className="mt-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!confirming) return setConfirming(true);
        suspend.execute({ userId, reason: String(new FormData(e.currentTarget).get("reason") ?? "") });
        setConfirming(false);
      }}
    >
      <p>{t("suspendLead")}</p>
      <FormError message={suspend.formError} />
      <div className="mt-3">
        <TextAreaField name="reason" label={t("reason")} rows={2} maxLength={500} error={suspend.fieldErrors.reason} />
      </div>
      {confirming ? (
        <p role="alert" className="mb-3 font-medium text-red-800">
          {t("confirmSuspend", { name })}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" variant="danger" disabled={suspend.pending}>
          {suspend.pending ? t("working") : confirming ? t("confirm") : t("suspend")}
        </Button>
        {confirming ? (
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
      <Done message={suspend.message ?? reactivate.message} />
    </form>
  );
}
