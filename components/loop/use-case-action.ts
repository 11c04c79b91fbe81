"use client";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/action";

type Done = { ok: true; id?: string };

/**
 * useAction for the case-approval actions: an expected refusal ({ ok: false, reason }: a newer version, an answer
 * already given) is shown as the form's notice in the user's words, from `reasons` (reason → case-approval key).
 */
export function useCaseAction<I, R extends string>(
  action: (input: I) => Promise<ActionResult<Done | { ok: false; reason: R }>>,
  reasons: Record<R, string>,
  onDone?: (r: Done) => void,
) {
  const t = useTranslations("case-approval");
  const a: ReturnType<typeof useAction<I, Done | { ok: false; reason: R }>> = useAction(action, {
    onSuccess: (r): void =>
      r.ok ? onDone?.(r) : a.fail({ formError: (t as (key: string) => string)(reasons[r.reason]) }),
  });
  return a;
}
