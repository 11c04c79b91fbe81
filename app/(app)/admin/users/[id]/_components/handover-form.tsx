"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, SelectField } from "@/components/ui/field";
import { handOverAction } from "@/lib/admin/actions";
import type { HandoverCounts } from "@/lib/admin/schema";
import { Done } from "./done";
import { useAdminAction } from "./use-admin-action";

type Colleague = { id: string; name: string; email: string; department: string | null };

/** Pick the colleague, review what moves (the counts the page read), then confirm. */
export function HandoverForm({
  from,
  counts,
  colleagues,
  canSuspend,
}: {
  from: { id: string; name: string };
  counts: HandoverCounts;
  colleagues: Colleague[];
  canSuspend: boolean;
}) {
  const t = useTranslations("admin.users");
  const [review, setReview] = useState<{ toId: string; suspend: boolean }>();
  const a = useAdminAction(handOverAction, ({ moved }) => t("handedOver", moved));
  const to = colleagues.find((c) => c.id === review?.toId);

  if (colleagues.length === 0) return <p className="mt-3">{t("noColleague")}</p>;
  return (
    <form
      className="mt-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (review) {
          a.execute({ fromId: from.id, ...review });
          setReview(undefined);
          return;
        }
        const f = new FormData(e.currentTarget);
        const toId = String(f.get("toId") ?? "");
        if (!toId) return a.fail({ fieldErrors: { toId: [t("toPlaceholder")] } });
        a.clear();
        setReview({ toId, suspend: f.get("suspend") === "on" });
      }}
    >
      <FormError message={a.formError} />
      <SelectField
        name="toId"
        label={t("to")}
        defaultValue=""
        placeholder={t("toPlaceholder")}
        options={colleagues.map((c) => ({
          value: c.id,
          label: `${c.name}（${c.department ? `${c.department}・` : ""}${c.email}）`,
        }))}
        error={a.fieldErrors.toId}
        disabled={!!review}
      />
      {canSuspend ? (
        <label className="mb-4 flex min-h-11 items-center gap-2">
          <input type="checkbox" name="suspend" className="size-5" disabled={!!review} />
          {t("alsoSuspend")}
        </label>
      ) : null}
      {review && to ? (
        <div role="alert" className="mb-3 rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
          <p>{t("confirmHandover", { from: from.name, to: to.name, ...counts })}</p>
          {review.suspend ? <p className="mt-1">{t("confirmHandoverSuspend", { from: from.name })}</p> : null}
        </div>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" disabled={a.pending} variant={review ? "danger" : "primary"}>
          {a.pending ? t("working") : review ? t("handOver") : t("review")}
        </Button>
        {review ? (
          <Button type="button" variant="secondary" onClick={() => setReview(undefined)}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
      <Done message={a.message} />
    </form>
  );
}
