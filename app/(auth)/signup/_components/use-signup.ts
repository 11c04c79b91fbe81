"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/action";
import type { SignupResult } from "@/lib/accounts/mutations";

type Submit = (values: { email?: unknown; password?: unknown }) => Promise<ActionResult<SignupResult>>;

/** Runs a sign-up action, shows its errors, then signs the new user in and moves on. */
export function useSignup<F extends FieldValues>(action: Submit, next: string, setError: UseFormSetError<F>) {
  const t = useTranslations("auth.signup");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const signup = useAction(action, {
    setError,
    refresh: false,
    onSuccess: async (r, values): Promise<void> => {
      // A taken address or a breached password: known only to the server, shown on its field.
      if (!r.ok) return signup.fail({ formError: tErr("INVALID_INPUT"), fieldErrors: r.fieldErrors });
      const signedIn = await signIn("credentials", {
        email: String(values.email),
        password: String(values.password),
        redirect: false,
      }).catch(() => null);
      if (!signedIn?.ok) {
        router.push("/signin");
        return signup.fail({ formError: t("signinAfterFailed") });
      }
      router.push(next);
      router.refresh();
    },
  });
  return signup;
}
