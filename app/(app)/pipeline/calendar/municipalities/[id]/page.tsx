import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/session";
import { jstFiscalYear } from "@/lib/budget-calendar/next-step";
import { getMunicipalityCalendar } from "@/lib/budget-calendar/queries";
import { inputFromCalendar } from "@/lib/budget-calendar/schema";
import { formatDate } from "@/lib/format";
import { z } from "@/lib/fields";
import { OverrideForm } from "./_components/override-form";
import { CAN } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar.override");
  return { title: t("meta") };
}

const idParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export default async function MunicipalityCalendarPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(CAN.runPipeline, { active: true });
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFound();
  const cal = await getMunicipalityCalendar(user, id.data);
  if (!cal) notFound();
  const [t, tc, locale] = await Promise.all([
    getTranslations("calendar.override"),
    getTranslations("calendar"),
    getLocale(),
  ]);
  const type = cal.type ? tc(`type.${cal.type}`) : tc("type.CITY");
  const status =
    cal.overridden.length === 0
      ? t("statusDefault")
      : cal.updatedByName
        ? t("statusOverridden", { date: formatDate(cal.updatedAt, locale), name: cal.updatedByName })
        : t("statusOverriddenNoName", { date: formatDate(cal.updatedAt, locale) });
  return (
    <div className="mx-auto max-w-3xl">
      <p>
        <Link href="/pipeline/calendar" className="inline-flex min-h-11 items-center underline">
          ← {t("back")}
        </Link>
      </p>
      <PageHeader title={t("title", { name: cal.name })} description={t("lead", { type })}>
        <p className="mt-2 font-medium" data-testid="calendar-status">
          {status}
        </p>
        <p className="mt-2 text-sm text-stone-700">{t("orderHint")}</p>
      </PageHeader>
      <div className="mt-4">
        <OverrideForm
          initial={inputFromCalendar(cal.id, cal.calendar)}
          defaults={cal.defaults}
          overridden={cal.overridden.length > 0}
          exampleFiscalYear={jstFiscalYear(new Date()) + 1}
        />
      </div>
    </div>
  );
}
