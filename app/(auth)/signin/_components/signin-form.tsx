"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.signin");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(undefined);
    startTransition(async () => {
      try {
        // One message for unknown e-mail and wrong password: the form must not reveal who is registered.
        const res = await signIn("credentials", {
          email: String(form.get("email") ?? ""),
          password: String(form.get("password") ?? ""),
          redirect: false,
        });
        if (!res || res.error || !res.ok) {
          // "RateLimited" comes from lib/auth/signin.ts (too many failures for this address or network).
          if (res?.error === "RateLimited") setError(t("rateLimited", { minutes: 15 }));
          else if (res?.error === "Suspended") setError(t("suspended"));
          else setError(res?.error === "CredentialsSignin" || res?.status === 401 ? t("failed") : t("error"));
          return;
        }
        router.push(callbackUrl);
        router.refresh();
      } catch {
        setError(t("error"));
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError message={error} />
      <TextField name="email" type="email" label={t("email")} autoComplete="username" inputMode="email" />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
