import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { prefectureName } from "@/lib/municipalities/prefectures";
import type { CaseOutcomeValue, CaseSchemeValue } from "@/lib/cases/schema";

export function SchemeBadge({ scheme }: { scheme: CaseSchemeValue }) {
  const t = useTranslations("cases");
  return <Badge tone="brand">{t(`scheme.${scheme}`)}</Badge>;
}

export function OutcomeBadge({ outcome }: { outcome: CaseOutcomeValue }) {
  const t = useTranslations("cases");
  return (
    <Badge tone={outcome === "DISCONTINUED" ? "neutral" : outcome === "ADOPTED" ? "brand" : "neutral"}>
      {t(`outcome.${outcome}`)}
    </Badge>
  );
}

/** Generated rows are never passed off as real: the badge goes wherever a demo case is shown. */
export function DemoBadge() {
  const t = useTranslations("cases");
  return (
    <span data-testid="demo-badge">
      <Badge tone="warning">{t("demoBadge")}</Badge>
    </span>
  );
}

/** 大阪府 stays 大阪府; a city gets its prefecture in front: 石川県 加賀市. */
export function placeName(m: { name: string; prefectureCode: string | null; municipalityType: string | null }) {
  return m.municipalityType === "PREFECTURE" ? m.name : `${prefectureName(m.prefectureCode)} ${m.name}`.trim();
}
