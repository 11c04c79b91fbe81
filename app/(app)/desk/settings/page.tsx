import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireDeskPage } from "@/lib/desk/pages";
import { addBusinessDays } from "@/lib/desk/due";
import { getDeskSettings } from "@/lib/desk/settings";
import { FIRST_ANSWER_DAYS, STEP_DAYS } from "@/lib/desk/settings-schema";
import { dateTimeFormat } from "@/lib/format";
import { DeskSettingsForm } from "./_components/settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk-settings");
  return { title: t("meta") };
}

/** 12月18日（金） / Fri 18 December */
function dueLabel(d: Date, locale: string): string {
  const parts = dateTimeFormat(locale, { month: "long", day: "numeric", timeZone: "Asia/Tokyo" }).format(d);
  const weekday = dateTimeFormat(locale, { weekday: "short", timeZone: "Asia/Tokyo" }).format(d);
  return locale === "ja" ? `${parts}（${weekday}）` : `${weekday} ${parts}`;
}

export default async function DeskSettingsPage() {
  const user = await requireDeskPage();
  const [t, locale, settings] = await Promise.all([
    getTranslations("desk-settings"),
    getLocale(),
    getDeskSettings(user),
  ]);
  // The due date for every number the form accepts, worked out here with the holiday calendar (which stays on
  // the server), so the example follows what the clerk types without a round trip.
  const today = new Date();
  const dueFor = (max: number) =>
    Object.fromEntries(Array.from({ length: max }, (_, i) => [i + 1, dueLabel(addBusinessDays(today, i + 1), locale)]));
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={t("title")} description={t("lead")}>
        <p className="mt-1">
          <Link href="/desk" className="inline-flex min-h-11 items-center">
            {t("toDesk")}
          </Link>
        </p>
      </PageHeader>
      <DeskSettingsForm
        initial={{
          firstAnswerDays: settings.firstAnswerDays,
          stepDays: settings.stepDays,
          publicLog: settings.publicLog,
        }}
        firstDue={dueFor(FIRST_ANSWER_DAYS.max)}
        stepDue={dueFor(STEP_DAYS.max)}
        publicHref={settings.lgCode ? `/municipalities/${settings.lgCode}/proposals` : null}
        text={{
          legend: t("days.legend"),
          firstAnswerDays: t("days.firstAnswerDays"),
          firstAnswerHint: t("days.firstAnswerHint"),
          stepDays: t("days.stepDays"),
          stepHint: t("days.stepHint"),
          unit: t("days.unit"),
          businessDays: t("days.businessDays"),
          example: t.raw("days.example") as string,
          exampleStep: t.raw("days.exampleStep") as string,
          recompute: t("days.recompute"),
          publicLegend: t("publicLog.legend"),
          publicLabel: t("publicLog.label"),
          publicHint: t("publicLog.hint"),
          publicLink: t("publicLog.link"),
          save: t("save"),
          saved: t("saved"),
          savedMoved: t.raw("savedMoved") as string,
        }}
      />
    </div>
  );
}
