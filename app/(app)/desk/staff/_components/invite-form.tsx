"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { errorText, FormError, SelectField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { inviteStaffAction } from "@/lib/desk/invitations-actions";
import { inviteSchema } from "@/lib/desk/invitations-schema";

type Option = { id: string; name: string };

/** E-mail, a 課 (chosen or typed) and optionally the theme call; prefilled from /desk/staff?department=&call=. */
export function InviteForm({
  departments,
  calls,
  departmentId,
  callId,
}: {
  departments: Option[];
  calls: Option[];
  departmentId: string;
  callId: string;
}) {
  const t = useTranslations("desk.staff");
  const [message, setMessage] = useState<string>();
  const form = useForm({
    resolver: zodResolver(inviteSchema, undefined, { raw: true }),
    defaultValues: { email: "", departmentId, newDepartment: "", callId },
  });
  const invite = useAction(inviteStaffAction, {
    setError: form.setError,
    onSuccess: (r): void => {
      if (!r.ok) {
        setMessage(undefined);
        return invite.fail({ formError: t(`refusals.${r.reason}`, { minutes: r.minutes ?? 60 }) });
      }
      // The typed 課 now exists and is in the list after the refresh; the rest stays for the next colleague.
      setMessage(t(r.replaced ? "resent" : "sent", { email: String(form.getValues("email")) }));
      form.reset({ ...form.getValues(), email: "", newDepartment: "" });
    },
    onError: () => setMessage(undefined),
  });
  const fe = form.formState.errors;
  return (
    <form noValidate className="mt-3" onSubmit={form.handleSubmit(invite.execute, invite.onInvalid)}>
      <FormError message={invite.formError} />
      <TextField
        {...form.register("email")}
        type="email"
        label={t("email")}
        autoComplete="off"
        inputMode="email"
        maxLength={254}
        error={errorText(fe.email)}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          {...form.register("departmentId")}
          label={t("department")}
          placeholder={t("departmentNone")}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          error={errorText(fe.departmentId)}
        />
        <TextField
          {...form.register("newDepartment")}
          label={t("newDepartment")}
          maxLength={100}
          error={errorText(fe.newDepartment)}
        />
      </div>
      <SelectField
        {...form.register("callId")}
        label={t("call")}
        placeholder={t("callNone")}
        options={calls.map((c) => ({ value: c.id, label: c.name }))}
        error={errorText(fe.callId)}
      />
      <Button type="submit" disabled={invite.pending} className="w-full sm:w-auto">
        {invite.pending ? t("sending") : t("send")}
      </Button>
      {message ? (
        <p role="status" className="mt-3 font-medium text-brand-800" data-testid="invite-sent">
          {message}
        </p>
      ) : null}
    </form>
  );
}
