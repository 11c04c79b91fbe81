"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextField } from "@/components/ui/field";
import { signUpCompanyAction } from "@/lib/accounts/actions";
import { companySignupSchema } from "@/lib/accounts/schema";
import { AccountFields } from "./account-fields";
import { useSignup } from "./use-signup";

/** `returnTo`: the page to come back to after sign-in, kept with the request until the e-mailed link is used. */
export function CompanySignupForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth.signup");
  const form = useForm({
    resolver: zodResolver(companySignupSchema, undefined, { raw: true }),
    defaultValues: { companyName: "", name: "", email: "", password: "" },
  });
  const { execute, pending, formError, onInvalid } = useSignup(signUpCompanyAction, form.setError);
  const fe = form.formState.errors;
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => execute({ ...v, returnTo }), onInvalid)}>
      <FormError message={formError} />
      {returnTo ? <p className="mb-4 text-stone-800">{t("returnNote")}</p> : null}
      <TextField
        {...form.register("companyName")}
        label={t("companyName")}
        hint={t("companyNameHint")}
        autoComplete="organization"
        maxLength={100}
        error={errorText(fe.companyName)}
        required
        requiredLabel={t("required")}
      />
      <AccountFields form={form} nameLabel={t("personName")} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submitCompany")}
      </Button>
    </form>
  );
}
