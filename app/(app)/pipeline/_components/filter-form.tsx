import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { formatFiscalYear } from "@/lib/format";
import type { MatchFilters } from "@/lib/matches/schema";
import { ALL_STAGES } from "@/lib/matches/stages";
import type { ThemeOption } from "@/lib/themes/queries";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

type Options = {
  municipalities: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  coordinators: { id: string; name: string }[];
  fiscalYears: number[];
  themes: ThemeOption[];
};

/** A plain GET form: works without JavaScript, and every filtered view is a shareable URL. */
export async function FilterForm({
  filters,
  options,
  showMunicipality,
}: {
  filters: MatchFilters;
  options: Options;
  showMunicipality: boolean;
}) {
  const t = await getTranslations("matches.filters");
  const tp = await getTranslations("pipeline.stage");
  const locale = await getLocale();
  const all = t("all");
  // Closed until a filter is in use, so on a phone the board is not pushed a screen down.
  const active = [
    filters.municipality,
    filters.department,
    filters.theme,
    filters.coordinator,
    filters.stage,
    filters.fy,
    filters.stale,
  ].some((v) => v !== undefined);
  return (
    <Card as="details" open={active} padding="none" className="group">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 font-bold">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▶
        </span>
        <h2 id="filters-heading">{t("title")}</h2>
        {active ? (
          <span className="rounded bg-brand-50 px-2 text-sm font-normal text-brand-800">{t("active")}</span>
        ) : null}
      </summary>
      <form method="get" action="/pipeline" className="border-t border-stone-200 p-4" aria-labelledby="filters-heading">
        <input type="hidden" name="view" value={filters.view} />
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
          {showMunicipality ? (
            <SelectField
              name="municipality"
              label={t("municipality")}
              defaultValue={filters.municipality ?? ""}
              placeholder={all}
              options={options.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            />
          ) : null}
          <SelectField
            name="department"
            label={t("department")}
            defaultValue={filters.department ?? ""}
            placeholder={all}
            options={options.departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          <SelectField
            name="theme"
            label={t("theme")}
            defaultValue={filters.theme ?? ""}
            placeholder={all}
            options={options.themes.map((th) => ({ value: th.slug, label: locale === "ja" ? th.nameJa : th.nameEn }))}
          />
          <SelectField
            name="coordinator"
            label={t("coordinator")}
            defaultValue={filters.coordinator ?? ""}
            placeholder={all}
            options={[
              ...options.coordinators.map((c) => ({ value: c.id, label: c.name })),
              { value: "none", label: t("unassigned") },
            ]}
          />
          <SelectField
            name="stage"
            label={t("stage")}
            defaultValue={filters.stage ?? ""}
            placeholder={all}
            options={ALL_STAGES.map((s) => ({ value: s, label: tp(s) }))}
          />
          <SelectField
            name="fy"
            label={t("fy")}
            defaultValue={filters.fy ? String(filters.fy) : ""}
            placeholder={all}
            options={options.fiscalYears.map((y) => ({ value: String(y), label: formatFiscalYear(y, locale) }))}
          />
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="stale" value="1" defaultChecked={filters.stale === "1"} className="size-5" />
            {t("stale")}
          </label>
          <Button type="submit">{t("apply")}</Button>
          <Link href={filters.view === "table" ? "/pipeline?view=table" : "/pipeline"}>{t("reset")}</Link>
        </div>
      </form>
    </Card>
  );
}
