"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { deleteMyAccountAction } from "@/lib/privacy/actions";
import { deleteAccountSchema } from "@/lib/privacy/schema";

export function DeleteAccountForm({ word }: { word: string }) {
  const t = useTranslations("privacy");
  const form = useForm({
    resolver: zodResolver(deleteAccountSchema, undefined, { raw: true }),
    defaultValues: { password: "", confirm: "" },
  });
  const { execute, pending, formError, fail, onInvalid } = useAction(deleteMyAccountAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: async (r): Promise<void> => {
      // The server already refuses this session; clear the cookie too and leave.
      if (r.ok) await signOut({ callbackUrl: "/?deleted=1" });
      else if ("fieldErrors" in r) fail({ fieldErrors: r.fieldErrors });
      else fail({ formError: t(r.reason === "last_admin" ? "lastAdmin" : "locked") });
    },
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={form.handleSubmit(execute, onInvalid)} noValidate className="max-w-md">
      <FormError message={formError} />
      <TextField
        {...form.register("password")}
        type="password"
        label={t("password")}
        autoComplete="current-password"
        error={errorText(errors.password)}
      />
      <TextField
        {...form.register("confirm")}
        label={t("confirm", { word })}
        autoComplete="off"
        error={errorText(errors.confirm)}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("deleting") : t("deleteButton")}
      </Button>
    </form>
  );
}
