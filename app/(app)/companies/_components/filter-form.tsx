import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/ui/field";
import { prefectureOptions } from "@/lib/municipalities/prefectures";
import { COMPANY_SIZES, INDUSTRIES, type CompanyFilters } from "@/lib/companies/schema";
import { Card } from "@/components/ui/card";

/** A plain GET form: works without JavaScript and every search is a shareable URL. */
export async function CompanyFilterForm({ filters }: { filters: CompanyFilters }) {
  const t = await getTranslations("companies");
  return (
    <Card as="form" method="get" action="/companies" aria-labelledby="filters-heading" role="search">
      <h2 id="filters-heading" className="mb-3 font-bold">
        {t("list.filters")}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
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
          name="industry"
          label={t("list.industry")}
          defaultValue={filters.industry ?? ""}
          placeholder={t("list.all")}
          options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
        />
        <SelectField
          name="region"
          label={t("list.region")}
          defaultValue={filters.region ?? ""}
          placeholder={t("list.all")}
          options={prefectureOptions}
        />
        <SelectField
          name="size"
          label={t("list.size")}
          defaultValue={filters.size ?? ""}
          placeholder={t("list.all")}
          options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`size.${s}`) }))}
        />
        <SelectField
          name="track"
          label={t("list.track")}
          defaultValue={filters.track ?? ""}
          placeholder={t("list.all")}
          options={[{ value: "1", label: t("list.trackOnly") }]}
        />
      </div>
      <p className="-mt-2 mb-4 text-sm text-stone-600">{t("list.regionHint")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("list.apply")}
        </button>
        <Link href="/companies" className="inline-flex min-h-11 items-center">
          {t("list.reset")}
        </Link>
      </div>
    </Card>
  );
}
