import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { formatFiscalYear } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { CASE_OUTCOMES, CASE_SCHEMES, CASE_SORTS, caseFiltersToParams, type CaseFilters } from "@/lib/cases/schema";
import { FilterFormShell } from "@/components/ui/filter-form";

type Options = {
  themes: { slug: string; nameJa: string; nameEn: string }[];
  prefectureCodes: string[];
  fiscalYears: number[];
};

export async function CaseFilterForm({
  filters,
  options,
  municipalityName,
}: {
  filters: CaseFilters;
  options: Options;
  municipalityName?: string;
}) {
  const t = await getTranslations("cases");
  const locale = await getLocale();
  // Keep a chosen prefecture/year selectable even when the option list no longer contains it.
  const prefs =
    filters.pref && !options.prefectureCodes.includes(filters.pref)
      ? [...options.prefectureCodes, filters.pref].sort()
      : options.prefectureCodes;
  const years =
    filters.year && !options.fiscalYears.includes(filters.year)
      ? [filters.year, ...options.fiscalYears]
      : options.fiscalYears;
  const all = t("list.all");
  const municipalityFilter =
    filters.municipality && municipalityName ? (
      <p className="mb-3 flex flex-wrap items-center gap-3">
        <input type="hidden" name="municipality" value={filters.municipality} />
        <span className="rounded bg-brand-50 px-2 py-1 text-brand-800">
          {t("list.municipalityFilter", { name: municipalityName })}
        </span>
        <Link href={{ pathname: "/cases", query: { ...stripMunicipality(filters) } }}>
          {t("list.removeMunicipality")}
        </Link>
      </p>
    ) : null;
  return (
    <FilterFormShell
      action="/cases"
      heading={{ id: "filters-heading", text: t("list.filters") }}
      search={{ label: t("list.q"), hint: t("list.qHint"), value: filters.q }}
      columns="sm:grid-cols-2 lg:grid-cols-3"
      before={municipalityFilter}
      applyLabel={t("list.apply")}
      resetLabel={t("list.reset")}
    >
      <SelectField
        name="theme"
        label={t("list.theme")}
        defaultValue={filters.theme ?? ""}
        placeholder={all}
        options={options.themes.map((th) => ({ value: th.slug, label: locale === "ja" ? th.nameJa : th.nameEn }))}
      />
      <SelectField
        name="pref"
        label={t("list.pref")}
        defaultValue={filters.pref ?? ""}
        placeholder={all}
        options={prefs.map((code) => ({ value: code, label: prefectureName(code) }))}
      />
      <SelectField
        name="scheme"
        label={t("list.scheme")}
        defaultValue={filters.scheme ?? ""}
        placeholder={all}
        options={CASE_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))}
      />
      <SelectField
        name="outcome"
        label={t("list.outcome")}
        defaultValue={filters.outcome ?? ""}
        placeholder={all}
        options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
      />
      <SelectField
        name="year"
        label={t("list.year")}
        defaultValue={filters.year ? String(filters.year) : ""}
        placeholder={all}
        options={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, locale) }))}
      />
      <SelectField
        name="sort"
        label={t("list.sort")}
        defaultValue={filters.sort}
        options={CASE_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
      />
    </FilterFormShell>
  );
}

function stripMunicipality(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(caseFiltersToParams(f))) if (v && k !== "municipality") out[k] = v;
  return out;
}
