"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextField } from "@/components/ui/field";
import { signUpCompanyAction } from "@/lib/accounts/actions";
import { companySignupSchema, PASSWORD_MIN } from "@/lib/accounts/schema";
import { useSignup } from "./use-signup";

export function CompanySignupForm() {
  const t = useTranslations("auth.signup");
  const form = useForm({
    resolver: zodResolver(companySignupSchema, undefined, { raw: true }),
    defaultValues: { companyName: "", name: "", email: "", password: "" },
  });
  const { execute, pending, formError, onInvalid } = useSignup(signUpCompanyAction, "/dashboard", form.setError);
  const fe = form.formState.errors;
  const req = { required: true, requiredLabel: t("required") };
  return (
    <form noValidate onSubmit={form.handleSubmit(execute, onInvalid)}>
      <FormError message={formError} />
      <TextField
        {...form.register("companyName")}
        label={t("companyName")}
        hint={t("companyNameHint")}
        autoComplete="organization"
        maxLength={100}
        error={errorText(fe.companyName)}
        {...req}
      />
      <TextField
        {...form.register("name")}
        label={t("personName")}
        autoComplete="name"
        maxLength={60}
        error={errorText(fe.name)}
        {...req}
      />
      <TextField
        {...form.register("email")}
        type="email"
        label={t("email")}
        autoComplete="email"
        inputMode="email"
        error={errorText(fe.email)}
        {...req}
      />
      <TextField
        {...form.register("password")}
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        error={errorText(fe.password)}
        {...req}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submitCompany")}
      </Button>
    </form>
  );
}
