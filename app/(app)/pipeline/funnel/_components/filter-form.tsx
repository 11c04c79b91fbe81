import { getLocale, getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/ui/field";
import type { FunnelDashboard } from "@/lib/funnel/queries";
import type { FunnelFilter } from "@/lib/funnel/schema";
import { formatFiscalYear } from "@/lib/format";
import { FilterFormShell } from "@/components/ui/filter-form";

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
    <FilterFormShell
      action="/pipeline/funnel"
      heading={{ id: "filters-legend", text: t("legend") }}
      columns="sm:grid-cols-2 lg:grid-cols-4"
      hint={t("dateHint")}
      applyLabel={t("apply")}
      resetLabel={t("reset")}
    >
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
    </FilterFormShell>
  );
}
