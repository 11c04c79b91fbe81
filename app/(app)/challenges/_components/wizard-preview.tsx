"use client";
import { useLocale, useTranslations } from "next-intl";
import { ChallengeSheet } from "@/components/challenge-sheet";
import type { BudgetStatusValue, ChallengeKindValue, OfferValue, ProgramKindValue } from "@/lib/challenges/schema";
import { NEW_DEPARTMENT, type WizardState } from "./form-state";

const digits = (s: string) => {
  const n = Number(
    s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，\s円]/g, ""),
  );
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** The challenge as a company will see it, redrawn on every keystroke. */
export function WizardPreview({
  state,
  themes,
  departments,
  municipality,
}: {
  state: WizardState;
  themes: { slug: string; nameJa: string; nameEn: string }[];
  departments: { id: string; name: string }[];
  municipality: { name: string; prefectureCode: string | null; isPrefecture: boolean };
}) {
  const t = useTranslations("challenges.wizard");
  const locale = useLocale();
  const department =
    state.departmentId === NEW_DEPARTMENT
      ? state.departmentName
      : departments.find((d) => d.id === state.departmentId)?.name;
  return (
    <section
      aria-labelledby="preview-heading"
      className="rounded border-2 border-dashed border-brand-100 bg-white p-4"
      data-testid="wizard-preview"
    >
      <h2 id="preview-heading" className="mb-3 text-sm font-bold text-brand-800">
        {t("preview")}
      </h2>
      <ChallengeSheet
        level={2}
        data={{
          // No kind picked yet: the badge says 「未選択」 rather than guessing 相談型.
          kind: (state.kind || null) as ChallengeKindValue | null,
          programKind: (state.programKind || null) as ProgramKindValue | null,
          title: state.title,
          situation: state.situation || t("previewEmpty"),
          tried: state.tried,
          affected: state.affected,
          success: state.success,
          companyGain: state.companyGain,
          offers: state.offers as OfferValue[],
          offerNote: state.offerNote,
          budgetStatus: (state.budgetStatus || null) as BudgetStatusValue | null,
          budgetAmount: state.budgetStatus && state.budgetStatus !== "NONE" ? digits(state.budgetAmount) : null,
          budgetFiscalYear: state.budgetStatus && state.budgetStatus !== "NONE" ? digits(state.budgetFiscalYear) : null,
          periodNote: state.periodNote,
          departmentName: department,
          municipalityName: municipality.name,
          municipalityIsPrefecture: municipality.isPrefecture,
          prefectureCode: municipality.prefectureCode,
          themes: themes
            .filter((th) => state.themeSlugs.includes(th.slug))
            .map((th) => ({ slug: th.slug, name: locale === "ja" ? th.nameJa : th.nameEn })),
        }}
      />
    </section>
  );
}
