import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { getAlertPreference } from "@/lib/notifications/queries";
import type { AlertPreferenceInput } from "@/lib/notifications/schema";
import { listThemes } from "@/lib/themes/queries";
import { AlertForm } from "./_components/alert-form";
import { CAN, isCompanyMember } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.alerts");
  return { title: t("meta") };
}

export default async function AlertSettingsPage() {
  const user = await requirePageRole(CAN.useOwnAccount);
  const t = await getTranslations("notifications.alerts");
  const tp = await getTranslations("privacy");
  const locale = await getLocale();
  const isCompany = isCompanyMember(user);
  const [pref, themes] = await Promise.all([getAlertPreference(user), isCompany ? listThemes() : Promise.resolve([])]);
  const initial: AlertPreferenceInput = {
    // A company opening this page for the first time wants alerts: that is why they came.
    challengeAlerts: pref?.challengeAlerts ?? true,
    themeIds: pref?.themeIds ?? [],
    prefectureCodes: pref?.prefectureCodes ?? [],
    kinds: (pref?.kinds ?? []).filter((k): k is AlertPreferenceInput["kinds"][number] => k !== "PRIVATE_CONSULTATION"),
    emailMode: pref?.emailMode ?? "IMMEDIATE",
  };
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader title={t("title")} description={isCompany ? t("leadCompany") : t("leadStaff")}>
        <p className="mt-1">
          <Link href="/settings/account" className="inline-flex min-h-11 items-center">
            {tp("toAccount")}
          </Link>
        </p>
      </PageHeader>
      <AlertForm
        initial={initial}
        isCompany={isCompany}
        themes={themes.map((th) => ({ value: th.id, label: locale === "ja" ? th.nameJa : th.nameEn }))}
        prefectures={prefectureOptions}
      />
    </div>
  );
}
