"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField, TextField } from "@/components/ui/field";
import { signUpStaffAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN, staffSignupSchema } from "@/lib/accounts/schema";
import { MunicipalityPicker } from "./municipality-picker";
import { useSignup } from "./use-signup";

export function StaffSignupForm() {
  const t = useTranslations("auth.signup");
  const form = useForm({
    resolver: zodResolver(staffSignupSchema, undefined, { raw: true }),
    defaultValues: {
      name: "",
      email: "",
      password: "",
      prefectureCode: "",
      municipalityId: "",
      departmentName: "",
      note: "",
    },
  });
  const { execute, pending, formError, onInvalid } = useSignup(signUpStaffAction, "/signup/done", form.setError);
  const fe = form.formState.errors;
  const req = { required: true, requiredLabel: t("required") };
  return (
    <form noValidate onSubmit={form.handleSubmit(execute, onInvalid)}>
      <FormError message={formError} />
      <TextField
        {...form.register("name")}
        label={t("staffName")}
        autoComplete="name"
        maxLength={60}
        error={errorText(fe.name)}
        {...req}
      />
      <TextField
        {...form.register("email")}
        type="email"
        label={t("email")}
        hint={t("staffEmailHint")}
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
      <MunicipalityPicker
        // A new prefecture empties the municipality: the old choice is not in the new list.
        prefecture={form.register("prefectureCode", { onChange: () => form.setValue("municipalityId", "") })}
        municipality={form.register("municipalityId")}
        errors={{ prefectureCode: errorText(fe.prefectureCode), municipalityId: errorText(fe.municipalityId) }}
        requiredLabel={t("required")}
      />
      <TextField
        {...form.register("departmentName")}
        label={t("department")}
        hint={t("departmentHint")}
        maxLength={60}
        error={errorText(fe.departmentName)}
      />
      <TextAreaField
        {...form.register("note")}
        label={t("note")}
        hint={t("noteHint")}
        maxLength={1000}
        error={errorText(fe.note)}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submitStaff")}
      </Button>
    </form>
  );
}
