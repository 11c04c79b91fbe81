"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action";
import { useAction } from "@/components/use-action";

type StepData = { ok: true; version: number } | { ok: false; reason: "conflict" | "not_allowed" };

/**
 * A step on a proposal: the page refreshes when it went through; when a colleague was first (the version moved on)
 * or the status no longer allows it, the form says so in words and keeps what was typed.
 */
export function useStep<I, F extends FieldValues = FieldValues>(
  action: (input: I) => Promise<ActionResult<StepData>>,
  setError?: UseFormSetError<F>,
  onDone?: () => void,
) {
  const t = useTranslations("proposals.actions");
  const step = useAction(action, {
    setError,
    refresh: (r) => r.ok,
    onSuccess: (r) => {
      if (r.ok) return onDone?.();
      step.fail({ formError: r.reason === "conflict" ? t("conflict") : t("notAllowed") });
    },
  });
  return step;
}
