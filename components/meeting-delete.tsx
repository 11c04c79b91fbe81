"use client";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/ui/field";
import { useAction } from "@/components/use-action";
import { deleteMeetingAction } from "@/lib/matches/meetings-actions";

/** Takes a meeting entry back (its author or a coordinator, within 24 hours of logging it). */
export function MeetingDelete({ id, label }: { id: string; label: string }) {
  const t = useTranslations("inbox.meetings");
  const { execute, pending, formError } = useAction(deleteMeetingAction);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        aria-label={label}
        onClick={() => {
          if (window.confirm(t("deleteConfirm"))) execute({ id });
        }}
        className="min-h-11 rounded border border-stone-300 bg-white px-3 text-sm hover:bg-stone-100 disabled:text-stone-400"
      >
        {pending ? t("deleting") : t("delete")}
      </button>
      <FormError message={formError} />
    </div>
  );
}
