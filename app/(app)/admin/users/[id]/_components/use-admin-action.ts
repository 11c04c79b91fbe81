"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/action";
import type { Refusal } from "@/lib/admin/schema";

type Outcome = { ok: true } | { ok: false; reason: Refusal };

/**
 * useAction for the admin forms: a refusal the mutation returns (`{ ok: false, reason }`: oneself, the last
 * admin…) is shown like an error, in words; a success leaves a message for the form to show.
 */
export function useAdminAction<I, T extends Outcome>(
  action: (input: I) => Promise<ActionResult<T>>,
  done: (data: Extract<T, { ok: true }>) => string,
) {
  const t = useTranslations("admin.users");
  const [message, setMessage] = useState<string>();
  const a = useAction(action, {
    onSuccess: (data) => {
      if (data.ok) setMessage(done(data as Extract<T, { ok: true }>));
      else {
        setMessage(undefined);
        a.fail({ formError: t(`refusals.${data.reason}`) });
      }
    },
    onError: () => setMessage(undefined),
  });
  return { ...a, message };
}
