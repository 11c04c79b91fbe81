import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { IndustryValue } from "@/lib/companies/schema";

/** A company's industries as badges, in the order the company chose them. */
export function IndustryBadges({ industries }: { industries: IndustryValue[] }) {
  const t = useTranslations("companies");
  return industries.map((i) => (
    <Badge key={i} tone="brand">
      {t(`industry.${i}`)}
    </Badge>
  ));
}
