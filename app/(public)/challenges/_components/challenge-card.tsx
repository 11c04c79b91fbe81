import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { BudgetStatusValue, ChallengeKindValue, ProgramKindValue } from "@/lib/challenges/schema";
import { KindBadge, placeName } from "@/components/challenge-sheet";
import { Card } from "@/components/ui/card";
import { challengeHref } from "@/lib/views/source";

export type ChallengeCardData = {
  id: string;
  kind: ChallengeKindValue;
  programKind: ProgramKindValue | null;
  status: string;
  title: string;
  budgetStatus: BudgetStatusValue | null;
  isDemo?: boolean;
  publishedAt: Date | null;
  municipality: { name: string; prefectureCode: string | null; municipalityType: string | null };
  department: { name: string } | null;
  themes: { slug: string; nameJa: string; nameEn: string }[];
};

export function ChallengeCard({ c }: { c: ChallengeCardData }) {
  const t = useTranslations("challenges");
  const locale = useLocale();
  const tc = useTranslations("common");
  return (
    <Card as="li" className="flex flex-col gap-2" data-testid="challenge-card">
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={c.kind} programKind={c.programKind} />
        {c.status === "CLOSED" ? <Badge tone="danger">{t("status.CLOSED")}</Badge> : null}
        {c.budgetStatus ? <Badge>{t(`budget.${c.budgetStatus}`)}</Badge> : null}
        {c.isDemo ? <Badge tone="warning">{tc("demoBadge")}</Badge> : null}
      </div>
      <h3 className="text-lg font-bold leading-snug">
        <Link href={challengeHref(c.id, "list")}>{c.title}</Link>
      </h3>
      <p className="text-sm text-stone-700">
        {placeName({
          municipalityName: c.municipality.name,
          prefectureCode: c.municipality.prefectureCode,
          municipalityIsPrefecture: c.municipality.municipalityType === "PREFECTURE",
        })}
        {c.department ? ` ・ ${t("list.department", { name: c.department.name })}` : ""}
      </p>
      {c.themes.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("list.theme")}>
          {c.themes.map((th) => (
            <li key={th.slug}>
              <Badge tone="brand">{locale === "ja" ? th.nameJa : th.nameEn}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {c.publishedAt ? (
        <p className="mt-auto text-xs text-stone-600">
          {t("list.publishedOn", { date: formatDate(c.publishedAt, locale) })}
        </p>
      ) : null}
    </Card>
  );
}
