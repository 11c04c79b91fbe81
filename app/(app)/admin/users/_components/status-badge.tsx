import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AdminUserRow } from "@/lib/admin/queries";

const tone = { PENDING: "warning", ACTIVE: "brand", REJECTED: "neutral", SUSPENDED: "danger" } as const;

export async function StatusBadge({ status, deleted }: { status: AdminUserRow["status"]; deleted: boolean }) {
  const [t, tc] = await Promise.all([getTranslations("admin.users"), getTranslations("common")]);
  if (deleted) return <Badge>{t("deleted")}</Badge>;
  return <Badge tone={tone[status]}>{tc(`status.${status}`)}</Badge>;
}
