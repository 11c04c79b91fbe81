"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { SaveStatus } from "./use-autosave";

// Japan time whatever the clerk's machine says: the municipality's office hours are the reference.
const hhmm = new Intl.DateTimeFormat("ja-JP", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" });

/** 「保存中…」「保存しました 12:03」, or what went wrong and the way out, next to the wizard's buttons. */
export function SaveStatusLine({
  status,
  notice,
  onRetry,
  onOverwrite,
  onReload,
}: {
  status: SaveStatus;
  /** A one-off message (e.g. 「変更を保存しました」) shown when nothing else needs saying. */
  notice?: string;
  onRetry: () => void;
  onOverwrite: () => void;
  onReload: () => void;
}) {
  const t = useTranslations("challenges.wizard");
  const problem = status.kind === "error" || status.kind === "stale" || status.kind === "notDraft";
  const text =
    status.kind === "saving"
      ? t("saving")
      : status.kind === "saved"
        ? t("saved", { time: hhmm.format(new Date(status.at)) })
        : status.kind === "dirty"
          ? t("autosave.dirty")
          : status.kind === "error"
            ? status.message
            : status.kind === "stale"
              ? t("autosave.stale")
              : status.kind === "notDraft"
                ? t("autosave.notDraft")
                : notice;
  return (
    <div className="mt-3 min-h-6" data-testid="save-status">
      <p role={problem ? "alert" : "status"} className={problem ? "text-sm text-red-700" : "text-sm text-brand-800"}>
        {text}
      </p>
      {status.kind === "error" ? (
        <Button type="button" variant="secondary" className="mt-2" onClick={onRetry}>
          {t("autosave.retry")}
        </Button>
      ) : null}
      {status.kind === "stale" ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={onOverwrite}>
            {t("autosave.overwrite")}
          </Button>
          <Button type="button" variant="secondary" onClick={onReload}>
            {t("autosave.reload")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
