import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { getStaleSettings } from "@/lib/matches/stale-settings";
import { StaleForm } from "./_components/stale-form";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar.stale");
  return { title: t("meta") };
}

export default async function StaleSettingsPage() {
  const user = await requirePageRole(CAN.administer, { active: true });
  const [t, rows] = await Promise.all([getTranslations("calendar.stale"), getStaleSettings(user)]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("title")} description={t("lead")}>
        <p className="mt-2 text-sm text-stone-700">{t("budgetedNote")}</p>
      </PageHeader>
      <div className="mt-4">
        <StaleForm rows={rows.map((r) => ({ stage: r.stage, days: r.days, defaultDays: r.defaultDays }))} />
      </div>
    </div>
  );
}
