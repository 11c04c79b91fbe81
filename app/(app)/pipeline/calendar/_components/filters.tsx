import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { formatFiscalYear } from "@/lib/format";
import { FilterFormShell } from "@/components/ui/filter-form";

type Option = { value: string; label: string };

export async function CalendarFilters({
  values,
  municipalities,
  coordinators,
  fiscalYears,
  locale,
}: {
  values: { municipality?: string; coordinator?: string; fy?: number };
  municipalities: Option[] | null;
  coordinators: Option[] | null;
  fiscalYears: number[];
  locale: string;
}) {
  const t = await getTranslations("calendar");
  return (
    <FilterFormShell
      action="/pipeline/calendar"
      aria-label={t("filters")}
      columns="sm:grid-cols-3"
      applyLabel={t("apply")}
      resetLabel={t("clear")}
    >
      {municipalities ? (
        <SelectField
          name="municipality"
          label={t("municipality")}
          defaultValue={values.municipality ?? ""}
          placeholder={t("all")}
          options={municipalities}
        />
      ) : null}
      {coordinators ? (
        <SelectField
          name="coordinator"
          label={t("coordinator")}
          defaultValue={values.coordinator ?? ""}
          placeholder={t("all")}
          options={[{ value: "none", label: t("unassigned") }, ...coordinators]}
        />
      ) : null}
      <SelectField
        name="fy"
        label={t("fiscalYear")}
        defaultValue={values.fy ? String(values.fy) : ""}
        placeholder={t("all")}
        options={fiscalYears.map((fy) => ({ value: String(fy), label: formatFiscalYear(fy, locale) }))}
      />
    </FilterFormShell>
  );
}
