"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/use-action";
import type { FieldErrors } from "@/lib/action";
import { moveMatchAction } from "@/lib/matches/actions";
import type { Stage } from "@/lib/matches/stages";

export type MoveError = { id: string; message: string; conflict: boolean; fieldErrors?: FieldErrors };
export type MoveExtra = { declineReason?: string; declineNote?: string; note?: string };

/**
 * Calls the move action and refreshes the server data. A lost race (CONFLICT) is shown as
 * 「他の人が更新しました。画面を更新してください」 with a reload button, never as a generic error.
 */
export function useMove(onMoved: (id: string, stage: Stage, version: number) => void) {
  const t = useTranslations("matches.move");
  const [error, setError] = useState<MoveError | null>(null);
  // Which card this move is for, and what to do after it (close the 見送り form).
  const current = useRef<{ id: string; after?: () => void }>({ id: "" });
  const { execute, pending } = useAction(moveMatchAction, {
    refresh: (r) => r.ok,
    onError: ({ formError, fieldErrors }) =>
      setError({ id: current.current.id, message: formError ?? t("conflict"), conflict: false, fieldErrors }),
    onSuccess: (r) => {
      const { id, after } = current.current;
      if (!r.ok) return setError({ id, message: t("conflict"), conflict: true });
      setError(null);
      onMoved(id, r.value.stage, r.value.version);
      after?.();
    },
  });
  const move = (card: { id: string; version: number }, to: Stage, extra: MoveExtra = {}, after?: () => void) => {
    current.current = { id: card.id, after };
    execute({ id: card.id, to, expectedVersion: card.version, ...extra });
  };
  return { move, pending, error, clearError: () => setError(null) };
}
