"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { signUpCompanyAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN } from "@/lib/accounts/schema";
import { formValues, useSignup } from "./use-signup";

export function CompanySignupForm() {
  const t = useTranslations("auth.signup");
  const { submit, pending, formError, fieldErrors: fe } = useSignup(signUpCompanyAction, "/dashboard");
  const req = { required: true, requiredLabel: t("required") };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(formValues(e.currentTarget));
      }}
    >
      <FormError message={formError} />
      <TextField
        name="companyName"
        label={t("companyName")}
        hint={t("companyNameHint")}
        autoComplete="organization"
        maxLength={100}
        error={fe.companyName}
        {...req}
      />
      <TextField name="name" label={t("personName")} autoComplete="name" maxLength={60} error={fe.name} {...req} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        inputMode="email"
        error={fe.email}
        {...req}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        error={fe.password}
        {...req}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submitCompany")}
      </Button>
    </form>
  );
}
