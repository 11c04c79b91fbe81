import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { BUDGET_STEPS, type CalendarStep } from "@/lib/budget-calendar/defaults";
import type { MunicipalityCalendar } from "@/lib/budget-calendar/queries";
import { spanLabel } from "./month-label";
import { Card } from "@/components/ui/card";
import { PageSection } from "@/components/ui/page-section";

/** Each municipality's effective calendar; a changed month is bold so a clerk sees what differs from the default. */
export async function CalendarTable({ calendars, canEdit }: { calendars: MunicipalityCalendar[]; canEdit: boolean }) {
  const [t, tp] = await Promise.all([getTranslations("calendar"), getTranslations("pipeline")]);
  if (calendars.length === 0) return null;
  return (
    <PageSection id="calendars-heading" title={t("calendars")} className="mt-10">
      <p className="mt-1 text-sm text-stone-700">{canEdit ? t("calendarsHint") : t("calendarsStaffHint")}</p>
      {/* Phones get one card per municipality: a wide table would hide the edit link off-screen. */}
      <ul className="mt-3 space-y-3 md:hidden">
        {calendars.map((c) => (
          <Card as="li" key={c.id}>
            <p className="font-bold">
              {c.name}
              <span className="ml-2 text-xs font-normal text-stone-600">{c.type ? t(`type.${c.type}`) : ""}</span>
              <span className="ml-2">
                {c.overridden.length ? (
                  <Badge tone="warning">{t("overriddenBadge")}</Badge>
                ) : (
                  <Badge>{t("defaultBadge")}</Badge>
                )}
              </span>
            </p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {BUDGET_STEPS.map((s) => (
                <div key={s} className="contents">
                  <dt className="text-stone-700">{tp(`budgetStep.${s}`)}</dt>
                  <dd className={changed(c, s) ? "font-bold" : ""}>{spanLabel(t, c.calendar[s])}</dd>
                </div>
              ))}
            </dl>
            {canEdit ? (
              <Link
                href={`/pipeline/calendar/municipalities/${c.id}`}
                className="mt-2 inline-flex min-h-11 items-center underline"
                aria-label={t("editFor", { name: c.name })}
              >
                {t("edit")}
              </Link>
            ) : null}
          </Card>
        ))}
      </ul>
      <div className="relative mt-3 hidden overflow-x-auto md:block">
        <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="p-2">
                {t("municipality")}
              </th>
              {BUDGET_STEPS.map((s) => (
                <th key={s} scope="col" className="p-2">
                  {tp(`budgetStep.${s}`)}
                </th>
              ))}
              {canEdit ? (
                <th scope="col" className="p-2">
                  <span className="sr-only">{t("edit")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {calendars.map((c) => (
              <tr key={c.id} className="border-b border-stone-200" data-testid={`calendar-${c.id}`}>
                <th scope="row" className="p-2 text-left font-medium">
                  {c.name}
                  <span className="ml-2 text-xs text-stone-600">{c.type ? t(`type.${c.type}`) : ""}</span>
                  <span className="ml-2">
                    {c.overridden.length ? (
                      <Badge tone="warning">{t("overriddenBadge")}</Badge>
                    ) : (
                      <Badge>{t("defaultBadge")}</Badge>
                    )}
                  </span>
                </th>
                {BUDGET_STEPS.map((s) => (
                  <td key={s} className={`p-2 ${changed(c, s) ? "font-bold" : ""}`}>
                    {spanLabel(t, c.calendar[s])}
                  </td>
                ))}
                {canEdit ? (
                  <td className="p-2">
                    <Link
                      href={`/pipeline/calendar/municipalities/${c.id}`}
                      className="inline-flex min-h-11 items-center underline"
                      aria-label={t("editFor", { name: c.name })}
                    >
                      {t("edit")}
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageSection>
  );
}

function changed(c: MunicipalityCalendar, s: CalendarStep): boolean {
  return c.calendar[s].startMonth !== c.defaults[s].startMonth || c.calendar[s].endMonth !== c.defaults[s].endMonth;
}
