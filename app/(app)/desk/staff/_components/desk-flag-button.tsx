"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { setColleagueDeskAction } from "@/lib/desk/staff-actions";

/** Gives or takes the 窓口 flag; refusals (the last desk member) are said in words. */
export function DeskFlagButton({
  userId,
  name,
  isDesk,
  self,
}: {
  userId: string;
  name: string;
  isDesk: boolean;
  self: boolean;
}) {
  const t = useTranslations("desk.staff");
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const flag = useAction(setColleagueDeskAction, {
    // Off the desk oneself, /desk is a 404 from now on: go to the dashboard instead of refreshing into it.
    refresh: (r) => !(r.ok && self && isDesk),
    onSuccess: (r): void => {
      if (r.ok && self && isDesk) return router.push("/dashboard");
      if (!r.ok) {
        setMessage(undefined);
        return flag.fail({ formError: t(`flagRefusals.${r.reason}`) });
      }
      setMessage(r.changed ? t(isDesk ? "deskRemoved" : "deskGiven", { name }) : t("flagRefusals.unchanged"));
    },
  });
  const label = isDesk ? t("removeDesk") : t("makeDesk");
  return (
    <div className="mt-2">
      <FormError message={flag.formError} />
      <Button
        type="button"
        variant="secondary"
        disabled={flag.pending}
        onClick={() => flag.execute({ userId, isDesk: !isDesk })}
        aria-label={`${label}：${name}`}
      >
        {flag.pending ? t("working") : label}
      </Button>
      {message ? (
        <p role="status" className="mt-2 text-sm font-medium text-brand-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
