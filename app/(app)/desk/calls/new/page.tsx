import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { listDepartmentsForCall } from "@/lib/calls/queries";
import { requireDeskPage } from "@/lib/desk/pages";
import { listThemes } from "@/lib/themes/queries";
import { callLabels } from "../_components/labels";
import { CallForm } from "./_components/call-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls.meta"))("new") };
}

export default async function NewCallPage() {
  const user = await requireDeskPage();
  const [t, locale, themes, departments, labels] = await Promise.all([
    getTranslations("calls"),
    getLocale(),
    listThemes(),
    listDepartmentsForCall(user),
    callLabels("form"),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("meta.new")} description={t("list.lead")} />
      <CallForm
        labels={labels}
        themes={themes.map((th) => ({ value: th.id, label: locale === "en" ? th.nameEn : th.nameJa }))}
        departments={departments.map((d) => ({
          ...d,
          note: d.staff ? t("form.staffCount", { n: d.staff }) : t("form.noStaff"),
        }))}
      />
    </div>
  );
}
