"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { DeclineForm } from "../../_components/decline-form";
import { MoveControl } from "../../_components/move-control";
import { useMove } from "../../_components/use-move";
import type { Stage } from "@/lib/matches/stages";

/** The detail page's move panel: the same select + button and 見送り form as on the board. */
export function DetailMove({ id, name, stage, version }: { id: string; name: string; stage: Stage; version: number }) {
  const t = useTranslations("matches.move");
  const tp = useTranslations("pipeline.stage");
  const [declining, setDeclining] = useState(false);
  const [done, setDone] = useState("");
  const { move, pending, error, clearError } = useMove((_, to) => setDone(t("moved", { name, stage: tp(to) })));
  return (
    <div>
      <p
        role="status"
        aria-live="polite"
        className={done ? "mb-2 rounded border border-green-300 bg-green-50 p-2 text-green-900" : "sr-only"}
      >
        {done}
      </p>
      {declining ? (
        <DeclineForm
          id={id}
          pending={pending}
          fieldErrors={error?.fieldErrors}
          onSubmit={(v) => move({ id, version }, "DECLINED", v, () => setDeclining(false))}
          onCancel={() => setDeclining(false)}
        />
      ) : (
        <MoveControl
          id={id}
          name={name}
          stage={stage}
          disabled={pending}
          onMove={(to) => {
            clearError();
            setDone("");
            if (to === "DECLINED") setDeclining(true);
            else move({ id, version }, to);
          }}
        />
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
    </div>
  );
}
