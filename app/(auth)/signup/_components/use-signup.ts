"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/action";
import type { SignupRequestResult } from "@/lib/accounts/signup-request";

type Submit = (values: unknown) => Promise<ActionResult<SignupRequestResult>>;

/**
 * Runs a sign-up action and shows its errors; an accepted form always moves to the same page, whether the
 * address was new or registered (the server mailed the link or a notice), so the page tells nobody which.
 */
export function useSignup<F extends FieldValues>(action: Submit, setError: UseFormSetError<F>) {
  const tErr = useTranslations("errors");
  const router = useRouter();
  const signup = useAction(action, {
    setError,
    refresh: false,
    onSuccess: (r): void => {
      // A breached password or a throttled burst: known only to the server, shown on its field or the form.
      if (!r.ok) return signup.fail({ formError: r.formError ?? tErr("INVALID_INPUT"), fieldErrors: r.fieldErrors });
      router.push("/signup/sent");
    },
  });
  return signup;
}
