"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextAreaField, TextField } from "@/components/ui/field";
import { signUpStaffAction } from "@/lib/accounts/actions";
import { staffSignupSchema } from "@/lib/accounts/schema";
import { AccountFields } from "./account-fields";
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
  const { execute, pending, formError, onInvalid } = useSignup(signUpStaffAction, form.setError);
  const fe = form.formState.errors;
  return (
    <form noValidate onSubmit={form.handleSubmit(execute, onInvalid)}>
      <FormError message={formError} />
      <AccountFields form={form} nameLabel={t("staffName")} emailHint={t("staffEmailHint")} />
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
