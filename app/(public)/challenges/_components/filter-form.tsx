import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { BUDGET_STATUSES, PUBLIC_KINDS, type PublicFilters } from "@/lib/challenges/schema";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { FilterFormShell } from "@/components/ui/filter-form";

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
    <FilterFormShell
      action="/challenges"
      heading={{ id: "filters-heading", text: t("list.filters") }}
      columns="sm:grid-cols-2 lg:grid-cols-5"
      applyLabel={t("list.apply")}
      resetLabel={t("list.reset")}
    >
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
    </FilterFormShell>
  );
}
