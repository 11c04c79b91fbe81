"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ALL_STAGES, type Stage } from "@/lib/matches/stages";

/**
 * The plain way to move a card: a select and a button. Works with the keyboard alone and on old
 * PCs where dragging is hard; choosing 見送り opens the reason form instead of moving at once.
 */
export function MoveControl({
  id,
  name,
  stage,
  disabled,
  compact,
  onMove,
}: {
  id: string;
  name: string;
  stage: Stage;
  disabled?: boolean;
  compact?: boolean;
  onMove: (to: Stage) => void;
}) {
  const t = useTranslations("matches.move");
  const tp = useTranslations("pipeline.stage");
  const [to, setTo] = useState<Stage | "">("");
  const [hint, setHint] = useState(false);
  const selectId = `move-${id}`;
  return (
    <form
      className={compact ? "mt-2 border-t border-stone-200 pt-2" : "mt-2"}
      onSubmit={(e) => {
        e.preventDefault();
        if (!to) return setHint(true);
        setHint(false);
        onMove(to);
        setTo("");
      }}
    >
      <label htmlFor={selectId} className={compact ? "sr-only" : "block text-sm font-medium"}>
        {t("label")}
        <span className="sr-only">（{t("labelFor", { name })}）</span>
      </label>
      <div className={`flex gap-1 ${compact ? "" : "mt-1 max-w-md gap-2"}`}>
        <select
          id={selectId}
          value={to}
          disabled={disabled}
          onChange={(e) => setTo(e.target.value as Stage | "")}
          aria-invalid={hint ? true : undefined}
          aria-describedby={hint ? `${selectId}-hint` : undefined}
          className={`min-h-11 min-w-0 flex-1 rounded border border-stone-300 bg-white ${compact ? "px-1 text-sm" : "px-2 text-base"}`}
        >
          <option value="">{t("choose")}</option>
          {ALL_STAGES.filter((s) => s !== stage).map((s) => (
            <option key={s} value={s}>
              {tp(s)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={disabled}
          className={`min-h-11 shrink-0 rounded bg-brand-700 font-medium text-white hover:bg-brand-800 disabled:bg-stone-400 ${compact ? "px-2 text-sm" : "px-4 text-base"}`}
        >
          {t("submit")}
        </button>
      </div>
      {hint ? (
        <p id={`${selectId}-hint`} className="mt-1 text-sm text-red-700">
          {t("chooseFirst")}
        </p>
      ) : null}
    </form>
  );
}
