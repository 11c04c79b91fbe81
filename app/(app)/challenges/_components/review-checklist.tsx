"use client";
import { useTranslations } from "next-intl";
import { hasPrompt } from "@/lib/replication/prompts";
import type { WizardState } from "./form-state";

/** What publishing needs, ticked off from the current form: no surprise errors on 「公開する」. */
export function ReviewChecklist({ state, isPrivate }: { state: WizardState; isPrivate: boolean }) {
  const t = useTranslations("challenges");
  const items = [
    { label: t("wizard.fields.kind"), ok: !!state.kind },
    { label: t("wizard.checkTitle"), ok: !!state.title.trim() },
    // A draft started from a case holds questions for the clerk; 公開する refuses them (lib/replication/prompts.ts).
    { label: t("wizard.checkSituation"), ok: !!state.situation.trim() && !hasPrompt(state.situation) },
    ...(["affected", "success"] as const)
      .filter((f) => hasPrompt(state[f]))
      .map((f) => ({ label: t(`wizard.fields.${f}`), ok: false })),
    { label: t("wizard.checkThemes"), ok: state.themeSlugs.length > 0 },
    ...(state.kind === "PROGRAM" ? [{ label: t("wizard.fields.programKind"), ok: !!state.programKind }] : []),
    ...(state.budgetStatus === "SECURED"
      ? [
          { label: t("wizard.fields.budgetAmount"), ok: !!state.budgetAmount.trim() },
          { label: t("wizard.fields.budgetFiscalYear"), ok: !!state.budgetFiscalYear.trim() },
        ]
      : []),
  ];
  return (
    <div>
      <h3 className="font-bold">{t("wizard.checklist")}</h3>
      <ul className="mt-2 space-y-1">
        {items.map((i) => (
          <li key={i.label} className="flex items-center gap-2">
            <span aria-hidden="true" className={i.ok ? "text-brand-700" : "text-red-700"}>
              {i.ok ? "✓" : "！"}
            </span>
            <span>{i.label}：</span>
            <span className={i.ok ? "text-brand-800" : "font-medium text-red-700"}>
              {i.ok ? t("wizard.checkOk") : t("wizard.checkMissing")}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-4 rounded bg-stone-100 p-3 text-sm">
        {isPrivate ? t("wizard.publishPrivateHint") : t("wizard.publishHint")}
      </p>
    </div>
  );
}
