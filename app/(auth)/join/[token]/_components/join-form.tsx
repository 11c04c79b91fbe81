"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { errorText, FormError, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/use-action";
import { joinByInvitationAction } from "@/lib/desk/invitations-actions";
import { joinSchema } from "@/lib/desk/invitations-schema";

// Outside the signed-in area only the shared message namespaces reach the browser, so the page hands its texts in.
type Texts = Record<
  | "name"
  | "password"
  | "passwordHint"
  | "required"
  | "submit"
  | "submitting"
  | "afterNote"
  | "invalid"
  | "alreadyRegistered"
  | "done"
  | "toSignin",
  string
>;

/** Name and password: the rest (municipality, 課, e-mail) comes from the invitation. */
export function JoinForm({ token, texts: t }: { token: string; texts: Texts }) {
  const [done, setDone] = useState(false);
  const form = useForm({
    resolver: zodResolver(joinSchema, undefined, { raw: true }),
    defaultValues: { token, name: "", password: "" },
  });
  const join = useAction(joinByInvitationAction, {
    setError: form.setError,
    refresh: false,
    onSuccess: (r): void => {
      if (r.ok) return setDone(true);
      if (r.reason === "fields") return join.fail({ fieldErrors: r.fieldErrors });
      join.fail({ formError: r.reason === "already_registered" ? t.alreadyRegistered : t.invalid });
    },
  });
  const fe = form.formState.errors;
  if (done)
    return (
      <div className="mt-6">
        <Notice tone="success" data-testid="join-done">
          {t.done}
        </Notice>
        <p className="mt-4">
          <Link href="/signin" className="underline">
            {t.toSignin}
          </Link>
        </p>
      </div>
    );
  return (
    <form noValidate className="mt-6" onSubmit={form.handleSubmit(join.execute, join.onInvalid)}>
      <FormError message={join.formError} />
      <TextField
        {...form.register("name")}
        label={t.name}
        autoComplete="name"
        maxLength={60}
        required
        requiredLabel={t.required}
        error={errorText(fe.name)}
      />
      <TextField
        {...form.register("password")}
        type="password"
        label={t.password}
        hint={t.passwordHint}
        autoComplete="new-password"
        required
        requiredLabel={t.required}
        error={errorText(fe.password)}
      />
      <p className="mb-4 text-sm text-stone-700">{t.afterNote}</p>
      <Button type="submit" disabled={join.pending} className="w-full sm:w-auto">
        {join.pending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
