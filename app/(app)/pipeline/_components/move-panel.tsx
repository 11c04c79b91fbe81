"use client";
import { useTranslations } from "next-intl";
import type { Stage } from "@/lib/matches/stages";
import { DeclineForm } from "./decline-form";
import { MoveControl } from "./move-control";
import type { MoveError } from "./use-move";

type Props = {
  id: string;
  name: string;
  stage: Stage;
  pending: boolean;
  error: MoveError | null;
  declining: boolean;
  /** Small, for a board card: the label is for screen readers only (the select's first option says it). */
  compact?: boolean;
  onMove: (to: Stage) => void;
  onDecline: (v: { declineReason: string; declineNote?: string }) => void;
  onCancelDecline: () => void;
};

/** The move controls of a card, on the board and on the detail page alike: select + button or the 見送り form, and the error. */
export function MovePanel({
  id,
  name,
  stage,
  pending,
  error,
  declining,
  compact,
  onMove,
  onDecline,
  onCancelDecline,
}: Props) {
  const t = useTranslations("matches.move");
  return (
    <>
      {declining ? (
        <DeclineForm
          id={id}
          pending={pending}
          fieldErrors={error?.fieldErrors}
          onSubmit={onDecline}
          onCancel={onCancelDecline}
        />
      ) : (
        <MoveControl id={id} name={name} stage={stage} disabled={pending} compact={compact} onMove={onMove} />
      )}
      {error ? (
        <div
          role="alert"
          className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-red-800"
          data-testid="move-error"
        >
          <p>{error.message}</p>
          {error.conflict ? (
            <button
              type="button"
              onClick={() => window.location.reload()}
              className="mt-1 min-h-11 rounded border border-red-300 bg-white px-3 hover:bg-red-100"
            >
              {t("reload")}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
