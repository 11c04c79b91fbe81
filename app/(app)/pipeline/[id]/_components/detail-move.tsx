"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { MovePanel } from "../../_components/move-panel";
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
      <MovePanel
        id={id}
        name={name}
        stage={stage}
        pending={pending}
        error={error}
        declining={declining}
        onMove={(to) => {
          clearError();
          setDone("");
          if (to === "DECLINED") setDeclining(true);
          else move({ id, version }, to);
        }}
        onDecline={(v) => move({ id, version }, "DECLINED", v, () => setDeclining(false))}
        onCancelDecline={() => setDeclining(false)}
      />
    </div>
  );
}
