import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { prefectureName } from "@/lib/municipalities/prefectures";
import type { CompanySizeValue, IndustryValue } from "@/lib/companies/schema";
import { CompanyLogo } from "./company-logo";
import { IndustryBadges } from "./industry-badges";
import { regionsLabel } from "./labels";
import { Card } from "@/components/ui/card";

export type CompanyCardData = {
  id: string;
  name: string;
  prefectureCode: string | null;
  profileFilled: boolean;
  companyProfile: {
    size: CompanySizeValue | null;
    industries: IndustryValue[];
    capabilities: string;
    regionsServed: string[];
  } | null;
  _count: { casePartnerships: number };
};

export function CompanyCard({ c, logoUrl }: { c: CompanyCardData; logoUrl?: string | null }) {
  const t = useTranslations("companies");
  const p = c.companyProfile;
  return (
    <Card as="li" className="flex flex-col gap-2" data-testid="company-card">
      <div className="flex items-center gap-3">
        {logoUrl ? <CompanyLogo src={logoUrl} alt={t("logo.alt", { name: c.name })} size="sm" loading="lazy" /> : null}
        <h3 className="text-lg font-bold leading-snug">
          <Link href={`/companies/${c.id}`}>{c.name}</Link>
        </h3>
      </div>
      <div className="flex flex-wrap gap-2">
        {p ? <IndustryBadges industries={p.industries} /> : null}
        {c._count.casePartnerships > 0 ? (
          <Badge tone="warning">{t("list.trackCount", { count: c._count.casePartnerships })}</Badge>
        ) : null}
        {!c.profileFilled ? <Badge>{t("list.noProfile")}</Badge> : null}
      </div>
      {p ? (
        <p className="text-sm text-stone-700">
          {c.prefectureCode ? (
            <>
              {t("list.hq")}：{prefectureName(c.prefectureCode)} ・{" "}
            </>
          ) : null}
          {p.size ? <>{t(`size.${p.size}`)} ・ </> : null}
          {t("list.regions")}：{regionsLabel(p.regionsServed, t("nationwide"))}
        </p>
      ) : null}
      {p?.capabilities ? <p className="line-clamp-2 text-sm">{p.capabilities}</p> : null}
    </Card>
  );
}
