import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/page-header";
import { formatDate, formatFiscalYear, formatYen } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import type { BudgetStatusValue, ChallengeKindValue, OfferValue, ProgramKindValue } from "@/lib/challenges/schema";

/** A challenge as a company reads it: used by the detail page and by the wizard's live preview. */
export type ChallengeSheetData = {
  /** null: a draft whose kind is not picked yet (the wizard's preview must not pretend it is 相談型). */
  kind: ChallengeKindValue | null;
  programKind?: ProgramKindValue | null;
  title: string;
  situation: string;
  tried?: string | null;
  affected?: string | null;
  success?: string | null;
  companyGain?: string | null;
  offers: OfferValue[];
  offerNote?: string | null;
  budgetStatus?: BudgetStatusValue | null;
  budgetAmount?: number | null;
  budgetFiscalYear?: number | null;
  periodNote?: string | null;
  departmentName?: string | null;
  municipalityName: string;
  municipalityIsPrefecture?: boolean;
  prefectureCode?: string | null;
  themes: { slug: string; name: string }[];
  publishedAt?: Date | string | null;
};

export function KindBadge({
  kind,
  programKind,
}: {
  kind: ChallengeKindValue | null;
  programKind?: ProgramKindValue | null;
}) {
  const t = useTranslations("challenges");
  if (!kind) return <Badge tone="neutral">{t("kindUnset")}</Badge>;
  const tone = kind === "PRIVATE_CONSULTATION" ? "warning" : kind === "PROGRAM" ? "brand" : "neutral";
  return (
    <Badge tone={tone}>
      {t(`kind.${kind}`)}
      {kind === "PROGRAM" && programKind ? `：${t(`programKind.${programKind}`)}` : ""}
    </Badge>
  );
}

export function placeName(d: {
  municipalityName: string;
  municipalityIsPrefecture?: boolean;
  prefectureCode?: string | null;
}) {
  return d.municipalityIsPrefecture
    ? d.municipalityName
    : `${prefectureName(d.prefectureCode)} ${d.municipalityName}`.trim();
}

type Level = 1 | 2;

export function ChallengeSheet({ data, level = 1 }: { data: ChallengeSheetData; level?: Level }) {
  const t = useTranslations("challenges");
  const locale = useLocale();
  const Section = level === 1 ? "h2" : "h4";
  const title = data.title || t("wizard.previewEmpty");
  const sections = [
    ["situation", data.situation],
    ["tried", data.tried],
    ["affected", data.affected],
    ["success", data.success],
    ["companyGain", data.companyGain],
  ] as const;
  const budget = data.budgetStatus ? t(`budget.${data.budgetStatus}`) : null;
  const amount = data.budgetAmount
    ? data.budgetFiscalYear
      ? t("detail.budgetAmount", {
          amount: formatYen(data.budgetAmount, locale),
          year: formatFiscalYear(data.budgetFiscalYear, locale),
        })
      : t("detail.budgetAmountNoYear", { amount: formatYen(data.budgetAmount, locale) })
    : null;
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={data.kind} programKind={data.programKind} />
          {data.themes.map((th) => (
            <Badge key={th.slug} tone="brand">
              {th.name}
            </Badge>
          ))}
        </div>
        {level === 1 ? (
          <PageTitle className="leading-snug">{title}</PageTitle>
        ) : (
          <h3 className="text-lg font-bold leading-snug">{title}</h3>
        )}
        <p className="text-sm text-stone-700">
          {placeName(data)}
          {data.departmentName ? ` ・ ${data.departmentName}` : ""}
          {data.publishedAt ? ` ・ ${t("detail.publishedOn", { date: formatDate(data.publishedAt, locale) })}` : ""}
        </p>
      </header>
      {sections.map(([key, text]) =>
        text ? (
          <section key={key}>
            <Section className="border-l-4 border-brand-600 pl-2 font-bold">{t(`detail.${key}`)}</Section>
            <p className="mt-1 whitespace-pre-wrap break-words">{text}</p>
          </section>
        ) : null,
      )}
      <section>
        <Section className="border-l-4 border-brand-600 pl-2 font-bold">{t("detail.facts")}</Section>
        <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-stone-600">{t("detail.offers")}</dt>
          <dd>
            {data.offers.length ? (
              <ul className="flex flex-wrap gap-2">
                {data.offers.map((o) => (
                  <li key={o}>
                    <Badge>{t(`offer.${o}`)}</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              t("detail.notWritten")
            )}
            {data.offerNote ? <p className="mt-1 whitespace-pre-wrap break-words">{data.offerNote}</p> : null}
          </dd>
          <dt className="font-medium text-stone-600">{t("detail.budget")}</dt>
          <dd>
            {budget ?? t("detail.notWritten")}
            {amount ? `　${amount}` : ""}
          </dd>
          <dt className="font-medium text-stone-600">{t("detail.period")}</dt>
          <dd className="whitespace-pre-wrap break-words">{data.periodNote || t("detail.notWritten")}</dd>
          <dt className="font-medium text-stone-600">{t("detail.department")}</dt>
          <dd>{data.departmentName || t("detail.notWritten")}</dd>
        </dl>
      </section>
    </article>
  );
}
