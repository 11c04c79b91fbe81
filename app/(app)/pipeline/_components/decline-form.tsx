"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/action";
import { DECLINE_REASONS } from "@/lib/matches/stages";

/** The small form 見送り needs: a reason from the fixed list, free text required for 「その他」. */
export function DeclineForm({
  id,
  pending,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  id: string;
  pending: boolean;
  fieldErrors?: FieldErrors;
  onSubmit: (v: { declineReason: string; declineNote?: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("matches.move");
  const tr = useTranslations("pipeline.declineReason");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [local, setLocal] = useState<{ reason?: string; note?: string }>({});
  const first = useRef<HTMLSelectElement>(null);
  // The form appears after a drop or a select: put the keyboard where the next decision is.
  useEffect(() => first.current?.focus(), []);
  const reasonError = local.reason ?? fieldErrors?.declineReason?.join(" ");
  const noteError = local.note ?? fieldErrors?.declineNote?.join(" ");
  const rid = `decline-reason-${id}`;
  const nid = `decline-note-${id}`;
  return (
    <form
      className="mt-3 rounded border border-amber-300 bg-amber-50 p-3"
      aria-labelledby={`decline-title-${id}`}
      onSubmit={(e) => {
        e.preventDefault();
        const errs = {
          reason: reason ? undefined : t("reasonRequired"),
          note: reason === "OTHER" && !note.trim() ? t("declineNoteHint") : undefined,
        };
        setLocal(errs);
        if (errs.reason || errs.note) return;
        onSubmit({ declineReason: reason, declineNote: note.trim() || undefined });
      }}
    >
      <h3 id={`decline-title-${id}`} className="font-bold">
        {t("declineTitle")}
      </h3>
      <p className="text-sm text-stone-700">{t("declineLead")}</p>
      <label htmlFor={rid} className="mt-2 block text-sm font-medium">
        {t("declineReason")}
      </label>
      <select
        ref={first}
        id={rid}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={reasonError ? true : undefined}
        aria-describedby={reasonError ? `${rid}-error` : undefined}
        className="mt-1 min-h-11 w-full rounded border border-stone-300 bg-white px-2 text-sm"
      >
        <option value="">{t("chooseReason")}</option>
        {DECLINE_REASONS.map((r) => (
          <option key={r} value={r}>
            {tr(r)}
          </option>
        ))}
      </select>
      {reasonError ? (
        <p id={`${rid}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {reasonError}
        </p>
      ) : null}
      <label htmlFor={nid} className="mt-2 block text-sm font-medium">
        {t("declineNote")}
      </label>
      <p id={`${nid}-hint`} className="text-xs text-stone-700">
        {t("declineNoteHint")}
      </p>
      <textarea
        id={nid}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={1000}
        aria-invalid={noteError ? true : undefined}
        aria-describedby={`${nid}-hint${noteError ? ` ${nid}-error` : ""}`}
        className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm"
      />
      {noteError ? (
        <p id={`${nid}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {noteError}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-red-700 px-3 text-sm font-medium text-white hover:bg-red-800 disabled:bg-stone-400"
        >
          {t("declineSubmit")}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="min-h-11 rounded border border-stone-300 bg-white px-3 text-sm hover:bg-stone-100"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
