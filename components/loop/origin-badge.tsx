import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** 「Kyoso Hub から生まれた事例」: a case written up from a match on this platform (Case.matchId). */
export function OriginBadge() {
  const t = useTranslations("case-approval.origin");
  return (
    <span data-testid="origin-badge">
      <Badge tone="brand">{t("badge")}</Badge>
    </span>
  );
}
