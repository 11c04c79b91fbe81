"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextAreaField, TextField } from "@/components/ui/field";
import { signUpStaffAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN } from "@/lib/accounts/schema";
import { MunicipalityPicker } from "./municipality-picker";
import { formValues, useSignup } from "./use-signup";

export function StaffSignupForm() {
  const t = useTranslations("auth.signup");
  const { submit, pending, formError, fieldErrors: fe } = useSignup(signUpStaffAction, "/signup/done");
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
      <TextField name="name" label={t("staffName")} autoComplete="name" maxLength={60} error={fe.name} {...req} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        hint={t("staffEmailHint")}
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
      <MunicipalityPicker
        errors={{ prefectureCode: fe.prefectureCode, municipalityId: fe.municipalityId }}
        requiredLabel={t("required")}
      />
      <TextField
        name="departmentName"
        label={t("department")}
        hint={t("departmentHint")}
        maxLength={60}
        error={fe.departmentName}
      />
      <TextAreaField name="note" label={t("note")} hint={t("noteHint")} maxLength={1000} error={fe.note} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submitStaff")}
      </Button>
    </form>
  );
}
