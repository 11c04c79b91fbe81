import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { formatFiscalYear } from "@/lib/format";
import { Card } from "@/components/ui/card";

type Option = { value: string; label: string };

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or shared. */
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
    <Card as="form" method="get" action="/pipeline/calendar" aria-label={t("filters")}>
      <div className="grid gap-x-4 sm:grid-cols-3">
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
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/pipeline/calendar" className="inline-flex min-h-11 items-center underline">
          {t("clear")}
        </Link>
      </div>
    </Card>
  );
}
