"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldPath, FieldValues, Resolver, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action";

export type ActionFailure = { formError?: string; fieldErrors: FieldErrors };

export type UseActionOptions<I, T, F extends FieldValues> = {
  /**
   * router.refresh() after success, so Server Components show the change. false where the caller
   * navigates away or keeps state a refresh would drop; a function where an expected "no" in the
   * data (a lost race, a taken number) changed nothing on the server.
   */
  refresh?: boolean | ((data: T) => boolean);
  onSuccess?: (data: T, input: I) => void | Promise<void>;
  onError?: (failure: ActionFailure) => void;
  /** A react-hook-form's setError: server field errors then show next to the fields it registered. */
  setError?: UseFormSetError<F>;
};

const none: ActionFailure = { fieldErrors: {} };

/**
 * The one way client components call a server action (Rallly's useSafeAction): pending state, the
 * form and field errors of an ActionResult, a refresh on success. A failed request (network down,
 * server restarted mid-deploy) becomes the generic message instead of an unhandled rejection.
 */
export function useAction<I, T, F extends FieldValues = FieldValues>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: UseActionOptions<I, T, F> = {},
) {
  const router = useRouter();
  const t = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure>(none);

  /** Shows a failure; also for expected outcomes a caller reads in onSuccess (`{ ok: false, reason }`). */
  const fail = (f: { formError?: string; fieldErrors?: FieldErrors }) => {
    const full = { formError: f.formError, fieldErrors: f.fieldErrors ?? {} };
    setFailure(full);
    for (const [name, messages] of Object.entries(full.fieldErrors))
      if (messages?.length) options.setError?.(name as FieldPath<F>, { type: "server", message: messages.join(" ") });
    options.onError?.(full);
  };

  const execute = (input: I) =>
    startTransition(async () => {
      try {
        const r = await action(input);
        if (!r.ok) return fail(r);
        setFailure(none);
        await options.onSuccess?.(r.data, input);
        const refresh = options.refresh ?? true;
        if (typeof refresh === "function" ? refresh(r.data) : refresh) router.refresh();
      } catch {
        fail({ formError: t("INTERNAL") });
      }
    });

  return {
    execute,
    pending,
    formError: failure.formError,
    fieldErrors: failure.fieldErrors,
    fail,
    clear: () => setFailure(none),
    /** For react-hook-form's handleSubmit: the browser caught the errors, so say so as the server would. */
    onInvalid: () => setFailure({ formError: t("INVALID_INPUT"), fieldErrors: {} }),
  };
}

/**
 * zodResolver for a form whose fields are lists or rows: a schema's preprocess steps make its input
 * type `unknown`, so the form names its own field types (V) and the schema still does the checking.
 * Raw values go to the action, which parses them again on the server.
 */
export function schemaResolver<V extends FieldValues>(schema: z.ZodType): Resolver<V> {
  return zodResolver(schema as z.ZodType<FieldValues, FieldValues>, undefined, { raw: true }) as unknown as Resolver<V>;
}
