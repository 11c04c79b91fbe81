"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { closeChallengeAction, reopenChallengeAction } from "@/lib/challenges/actions";

/** 募集を終了する / 募集を再開する for the author's municipality and coordinators. */
export function StatusButtons({ id, status }: { id: string; status: "PUBLISHED" | "CLOSED" }) {
  const t = useTranslations("challenges.detail");
  const { execute, pending, formError } = useAction(
    status === "PUBLISHED" ? closeChallengeAction : reopenChallengeAction,
  );
  const run = () => {
    if (status === "PUBLISHED" && !window.confirm(t("closeConfirm"))) return;
    execute({ id });
  };
  return (
    <div>
      <FormError message={formError} />
      <Button type="button" variant="secondary" onClick={run} disabled={pending}>
        {status === "PUBLISHED" ? t("close") : t("reopen")}
      </Button>
    </div>
  );
}
