import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/ui/field";
import type { FunnelDashboard } from "@/lib/funnel/queries";
import type { FunnelFilter } from "@/lib/funnel/schema";
import { formatFiscalYear } from "@/lib/format";
import { Card } from "@/components/ui/card";

// A plain GET form: the conditions end up in the URL, so a clerk can bookmark or send the view,
// and it works without JavaScript.
export async function FilterForm({
  filter,
  options,
  showMunicipality,
}: {
  filter: FunnelFilter;
  options: FunnelDashboard["options"];
  showMunicipality: boolean;
}) {
  const t = await getTranslations("funnel.filters");
  const locale = await getLocale();
  return (
    <Card as="form" method="get" action="/pipeline/funnel" aria-labelledby="filters-legend">
      <h2 id="filters-legend" className="mb-3 text-lg font-bold">
        {t("legend")}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          name="fy"
          label={t("fy")}
          defaultValue={filter.fy !== undefined ? String(filter.fy) : ""}
          placeholder={t("fyAll")}
          options={options.fiscalYears.map((y) => ({ value: String(y), label: formatFiscalYear(y, locale) }))}
        />
        <TextField name="from" type="date" label={t("from")} defaultValue={filter.from ?? ""} />
        <TextField name="to" type="date" label={t("to")} defaultValue={filter.to ?? ""} />
        {showMunicipality ? (
          <SelectField
            name="municipality"
            label={t("municipality")}
            defaultValue={filter.municipality ?? ""}
            placeholder={t("municipalityAll")}
            options={options.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          />
        ) : null}
      </div>
      <p className="-mt-2 mb-4 text-sm text-stone-600">{t("dateHint")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
        <Link href="/pipeline/funnel" className="inline-flex min-h-11 items-center underline">
          {t("reset")}
        </Link>
      </div>
    </Card>
  );
}
