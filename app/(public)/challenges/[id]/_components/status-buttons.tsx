"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { closeChallengeAction, reopenChallengeAction } from "@/lib/challenges/actions";

/** 募集を終了する / 募集を再開する for the author's municipality and coordinators. */
export function StatusButtons({ id, status }: { id: string; status: "PUBLISHED" | "CLOSED" }) {
  const t = useTranslations("challenges.detail");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const run = () => {
    if (status === "PUBLISHED" && !window.confirm(t("closeConfirm"))) return;
    start(async () => {
      const r = await (status === "PUBLISHED" ? closeChallengeAction : reopenChallengeAction)({ id });
      if (!r.ok) setError(r.formError);
      else router.refresh();
    });
  };
  return (
    <div>
      <FormError message={error} />
      <Button type="button" variant="secondary" onClick={run} disabled={pending}>
        {status === "PUBLISHED" ? t("close") : t("reopen")}
      </Button>
    </div>
  );
}
