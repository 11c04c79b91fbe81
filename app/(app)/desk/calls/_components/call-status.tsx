import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { todayInJapan } from "@/lib/calls/schema";

/** 募集中 / 締切を過ぎました / 締切済み: an open call past its deadline takes no answers either. */
export async function CallStatus({ status, deadline }: { status: "OPEN" | "CLOSED"; deadline: Date }) {
  const t = await getTranslations("calls.list.status");
  const past = status === "OPEN" && deadline.toISOString().slice(0, 10) < todayInJapan();
  if (status === "CLOSED") return <Badge>{t("CLOSED")}</Badge>;
  return past ? <Badge tone="warning">{t("PAST")}</Badge> : <Badge tone="brand">{t("OPEN")}</Badge>;
}
