import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/ui/field";
import { formatFiscalYear } from "@/lib/format";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { CASE_OUTCOMES, CASE_SCHEMES, CASE_SORTS, caseFiltersToParams, type CaseFilters } from "@/lib/cases/schema";
import { Card } from "@/components/ui/card";

type Options = {
  themes: { slug: string; nameJa: string; nameEn: string }[];
  prefectureCodes: string[];
  fiscalYears: number[];
};

/** A plain GET form: works without JavaScript and every search is a shareable URL. */
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
  return (
    <Card as="form" method="get" action="/cases" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="mb-3 font-bold">
        {t("list.filters")}
      </h2>
      {filters.municipality && municipalityName ? (
        <p className="mb-3 flex flex-wrap items-center gap-3">
          <input type="hidden" name="municipality" value={filters.municipality} />
          <span className="rounded bg-brand-50 px-2 py-1 text-brand-800">
            {t("list.municipalityFilter", { name: municipalityName })}
          </span>
          <Link href={{ pathname: "/cases", query: { ...stripMunicipality(filters) } }}>
            {t("list.removeMunicipality")}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <TextField
            name="q"
            label={t("list.q")}
            hint={t("list.qHint")}
            defaultValue={filters.q ?? ""}
            maxLength={100}
            type="search"
          />
        </div>
        <SelectField
          name="theme"
          label={t("list.theme")}
          defaultValue={filters.theme ?? ""}
          placeholder={t("list.all")}
          options={options.themes.map((th) => ({ value: th.slug, label: locale === "ja" ? th.nameJa : th.nameEn }))}
        />
        <SelectField
          name="pref"
          label={t("list.pref")}
          defaultValue={filters.pref ?? ""}
          placeholder={t("list.all")}
          options={prefs.map((code) => ({ value: code, label: prefectureName(code) }))}
        />
        <SelectField
          name="scheme"
          label={t("list.scheme")}
          defaultValue={filters.scheme ?? ""}
          placeholder={t("list.all")}
          options={CASE_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))}
        />
        <SelectField
          name="outcome"
          label={t("list.outcome")}
          defaultValue={filters.outcome ?? ""}
          placeholder={t("list.all")}
          options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
        <SelectField
          name="year"
          label={t("list.year")}
          defaultValue={filters.year ? String(filters.year) : ""}
          placeholder={t("list.all")}
          options={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, locale) }))}
        />
        <SelectField
          name="sort"
          label={t("list.sort")}
          defaultValue={filters.sort}
          options={CASE_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("list.apply")}
        </button>
        <Link href="/cases" className="inline-flex min-h-11 items-center">
          {t("list.reset")}
        </Link>
      </div>
    </Card>
  );
}

function stripMunicipality(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(caseFiltersToParams(f))) if (v && k !== "municipality") out[k] = v;
  return out;
}
