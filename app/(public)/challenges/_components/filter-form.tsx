import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { BUDGET_STATUSES, PUBLIC_KINDS, type PublicFilters } from "@/lib/challenges/schema";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { Card } from "@/components/ui/card";

/** A plain GET form: works without JavaScript and every search is a shareable URL. */
export async function FilterForm({
  filters,
  themes,
}: {
  filters: PublicFilters;
  themes: { slug: string; nameJa: string; nameEn: string }[];
}) {
  const t = await getTranslations("challenges");
  const locale = await getLocale();
  return (
    <Card as="form" method="get" action="/challenges" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="mb-3 font-bold">
        {t("list.filters")}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField
          name="kind"
          label={t("list.kind")}
          defaultValue={filters.kind ?? ""}
          placeholder={t("list.all")}
          options={PUBLIC_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <SelectField
          name="theme"
          label={t("list.theme")}
          defaultValue={filters.theme ?? ""}
          placeholder={t("list.all")}
          options={themes.map((th) => ({ value: th.slug, label: locale === "ja" ? th.nameJa : th.nameEn }))}
        />
        <SelectField
          name="pref"
          label={t("list.pref")}
          defaultValue={filters.pref ?? ""}
          placeholder={t("list.all")}
          options={prefectureOptions}
        />
        <SelectField
          name="status"
          label={t("list.status")}
          defaultValue={filters.status ?? "open"}
          options={[
            { value: "open", label: t("list.open") },
            { value: "closed", label: t("list.closed") },
          ]}
        />
        <SelectField
          name="budget"
          label={t("list.budget")}
          defaultValue={filters.budget ?? ""}
          placeholder={t("list.all")}
          options={BUDGET_STATUSES.map((b) => ({ value: b, label: t(`budget.${b}`) }))}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("list.apply")}
        </button>
        <Link href="/challenges">{t("list.reset")}</Link>
      </div>
    </Card>
  );
}
