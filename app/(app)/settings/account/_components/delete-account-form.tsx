"use client";
import { useState, useTransition } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action";
import { deleteMyAccountAction } from "@/lib/privacy/actions";

export function DeleteAccountForm({ word }: { word: string }) {
  const t = useTranslations("privacy");
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setFormError(undefined);
    setFieldErrors({});
    startTransition(async () => {
      const res = await deleteMyAccountAction({
        password: String(form.get("password") ?? ""),
        confirm: String(form.get("confirm") ?? ""),
      });
      if (!res.ok) {
        setFormError(res.formError);
        setFieldErrors(res.fieldErrors ?? {});
        return;
      }
      const r = res.data;
      if (r.ok) {
        // The server already refuses this session; clear the cookie too and leave.
        await signOut({ callbackUrl: "/?deleted=1" });
        return;
      }
      if ("fieldErrors" in r) setFieldErrors(r.fieldErrors);
      else setFormError(t(r.reason === "last_admin" ? "lastAdmin" : "locked"));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md">
      <FormError message={formError} />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      <TextField name="confirm" label={t("confirm", { word })} autoComplete="off" error={fieldErrors.confirm} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("deleting") : t("deleteButton")}
      </Button>
    </form>
  );
}
