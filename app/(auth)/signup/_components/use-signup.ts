"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/action";
import type { SignupResult } from "@/lib/accounts/mutations";

type Submit = (values: Record<string, string>) => Promise<ActionResult<SignupResult>>;

/** Runs a sign-up action, shows its errors, then signs the new user in and moves on. */
export function useSignup(action: Submit, next: string) {
  const t = useTranslations("auth.signup");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function submit(values: Record<string, string>) {
    setFormError(undefined);
    startTransition(async () => {
      let res: ActionResult<SignupResult>;
      try {
        res = await action(values);
      } catch {
        setFormError(tErr("INTERNAL"));
        return;
      }
      if (!res.ok || !res.data.ok) {
        const fe = (res.ok ? (res.data as { fieldErrors: FieldErrors }).fieldErrors : res.fieldErrors) ?? {};
        setFieldErrors(fe);
        setFormError(res.ok ? tErr("INVALID_INPUT") : res.formError);
        return;
      }
      setFieldErrors({});
      const signedIn = await signIn("credentials", {
        email: values.email,
        password: values.password,
        redirect: false,
      }).catch(() => null);
      if (!signedIn?.ok) {
        router.push("/signin");
        setFormError(t("signinAfterFailed"));
        return;
      }
      router.push(next);
      router.refresh();
    });
  }

  return { submit, pending, formError, fieldErrors };
}

export const formValues = (form: HTMLFormElement) =>
  Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
