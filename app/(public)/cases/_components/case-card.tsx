import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { formatFiscalYear } from "@/lib/format";
import type { CaseOutcomeValue, CaseSchemeValue } from "@/lib/cases/schema";
import { DemoBadge, OutcomeBadge, placeName, SchemeBadge } from "./case-badges";
import { Card } from "@/components/ui/card";
import { OriginBadge } from "@/components/loop/origin-badge";

export type CaseCardData = {
  id: string;
  title: string;
  summary: string;
  scheme: CaseSchemeValue;
  outcome: CaseOutcomeValue;
  fiscalYear: number;
  isDemo: boolean;
  matchId?: string | null;
  sourcePublisher?: string | null;
  municipality: { name: string; prefectureCode: string | null; municipalityType: string | null };
  partners: { name: string; role: string | null }[];
  themes: { slug: string; nameJa: string; nameEn: string }[];
};

export function CaseCard({ c }: { c: CaseCardData }) {
  const t = useTranslations("cases");
  const locale = useLocale();
  return (
    <Card as="li" className="flex flex-col gap-2" data-testid="case-card">
      <div className="flex flex-wrap items-center gap-2">
        <SchemeBadge scheme={c.scheme} />
        <OutcomeBadge outcome={c.outcome} />
        {c.isDemo ? <DemoBadge /> : null}
        {c.matchId ? <OriginBadge /> : null}
      </div>
      <h3 className="text-lg font-bold leading-snug">
        <Link href={`/cases/${c.id}`}>{c.title}</Link>
      </h3>
      <p className="text-sm text-stone-700">
        {placeName(c.municipality)} ・ {formatFiscalYear(c.fiscalYear, locale)}
      </p>
      {c.partners.length ? (
        <p className="text-sm">
          <span className="font-medium">{t("list.partners")}：</span>
          {c.partners.map((p) => p.name).join("、")}
        </p>
      ) : null}
      <p className="line-clamp-3 text-sm text-stone-700">{c.summary}</p>
      {c.sourcePublisher ? (
        <p className="text-xs text-stone-600" data-testid="case-card-source">
          {t("detail.sourceOnCard", { publisher: c.sourcePublisher })}
        </p>
      ) : null}
      {c.themes.length ? (
        <p className="mt-auto text-xs text-stone-600">
          {t("list.theme")}：{c.themes.map((th) => (locale === "ja" ? th.nameJa : th.nameEn)).join("、")}
        </p>
      ) : null}
    </Card>
  );
}
