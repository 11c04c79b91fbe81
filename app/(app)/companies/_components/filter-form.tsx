import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { FilterFormShell } from "@/components/ui/filter-form";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { COMPANY_SIZES, INDUSTRIES, type CompanyFilters } from "@/lib/companies/schema";

export async function CompanyFilterForm({ filters }: { filters: CompanyFilters }) {
  const t = await getTranslations("companies");
  const all = t("list.all");
  return (
    <FilterFormShell
      action="/companies"
      role="search"
      heading={{ id: "filters-heading", text: t("list.filters") }}
      search={{ label: t("list.q"), hint: t("list.qHint"), value: filters.q }}
      columns="sm:grid-cols-2 lg:grid-cols-4"
      hint={t("list.regionHint")}
      applyLabel={t("list.apply")}
      resetLabel={t("list.reset")}
    >
      <SelectField
        name="industry"
        label={t("list.industry")}
        defaultValue={filters.industry ?? ""}
        placeholder={all}
        options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
      />
      <SelectField
        name="region"
        label={t("list.region")}
        defaultValue={filters.region ?? ""}
        placeholder={all}
        options={prefectureOptions}
      />
      <SelectField
        name="size"
        label={t("list.size")}
        defaultValue={filters.size ?? ""}
        placeholder={all}
        options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`size.${s}`) }))}
      />
      <SelectField
        name="track"
        label={t("list.track")}
        defaultValue={filters.track ?? ""}
        placeholder={all}
        options={[{ value: "1", label: t("list.trackOnly") }]}
      />
    </FilterFormShell>
  );
}
