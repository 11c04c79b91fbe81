import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tone = {
  RECEIVED: "warning",
  ROUTED: "brand",
  REVIEWING: "brand",
  MEETING: "brand",
  ADOPTED: "brand",
  DECLINED: "neutral",
  WITHDRAWN: "neutral",
} as const;

/** A proposal's status (受付 … 採用・実証 / 見送り), and 期限超過 when its target time has passed. */
export async function ProposalStatus({ status, overdue = false }: { status: keyof typeof tone; overdue?: boolean }) {
  const t = await getTranslations("proposals");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tone[status]}>{t(`status.${status}`)}</Badge>
      {overdue ? <Badge tone="danger">{t("detail.overdue")}</Badge> : null}
    </span>
  );
}
