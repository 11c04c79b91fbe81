"use client";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/use-action";
import { confirmSignUpAction } from "@/lib/accounts/actions";

/** One button: creates the account the e-mailed token stands for. */
export function VerifyForm({ token }: { token: string }) {
  const t = useTranslations("auth.signup");
  const router = useRouter();
  const [companyDone, setCompanyDone] = useState<{ returnTo?: string } | null>(null);
  const confirm = useAction(confirmSignUpAction, {
    refresh: false,
    onSuccess: (r): void => {
      if (!r.ok) {
        confirm.fail({ formError: t(r.reason === "already_registered" ? "alreadyRegistered" : "invalidLink") });
      } else if (r.kind === "STAFF") router.push("/signup/done");
      else setCompanyDone({ returnTo: r.returnTo });
    },
  });
  if (companyDone)
    return (
      <div>
        <Notice tone="success" data-testid="signup-complete">
          {t("verifyCompanyDone")}
        </Notice>
        {companyDone.returnTo ? <p className="mt-4">{t("verifyCompanyReturn")}</p> : null}
        <p className="mt-4">
          <Link
            href={companyDone.returnTo ? `/signin?callbackUrl=${encodeURIComponent(companyDone.returnTo)}` : "/signin"}
            className="underline"
            data-testid="signup-to-signin"
          >
            {t("toSignin")}
          </Link>
        </p>
      </div>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        confirm.execute({ token });
      }}
    >
      <FormError message={confirm.formError} />
      <p className="mb-4">{t("verifyLead")}</p>
      <Button type="submit" disabled={confirm.pending} className="w-full sm:w-auto">
        {confirm.pending ? t("verifySubmitting") : t("verifySubmit")}
      </Button>
    </form>
  );
}
