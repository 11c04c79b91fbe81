"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
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
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<MoveError | null>(null);
  const move = (card: { id: string; version: number }, to: Stage, extra: MoveExtra = {}, after?: () => void) => {
    start(async () => {
      const r = await moveMatchAction({ id: card.id, to, expectedVersion: card.version, ...extra });
      if (!r.ok)
        setError({ id: card.id, message: r.formError ?? t("conflict"), conflict: false, fieldErrors: r.fieldErrors });
      else if (!r.data.ok) setError({ id: card.id, message: t("conflict"), conflict: true });
      else {
        setError(null);
        onMoved(card.id, r.data.value.stage, r.data.value.version);
        after?.();
        router.refresh();
      }
    });
  };
  return { move, pending, error, clearError: () => setError(null) };
}
