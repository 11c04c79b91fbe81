import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/session";
import { CALENDAR_PAGE_SIZE, listCalendarMatches, listCoordinators } from "@/lib/budget-calendar/queries";
import { calendarFilterSchema } from "@/lib/budget-calendar/schema";
import { CalendarFilters } from "./_components/filters";
import { CalendarTable } from "./_components/calendar-table";
import { MatchList } from "./_components/match-list";
import { CAN, isCoordinator } from "@/lib/auth/roles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BudgetCalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRole(CAN.viewPipeline, { active: true });
  const raw = await searchParams;
  const first = (k: string) => (Array.isArray(raw[k]) ? raw[k][0] : raw[k]);
  const filter = calendarFilterSchema.parse({
    municipality: first("municipality"),
    coordinator: first("coordinator"),
    fy: first("fy"),
    page: first("page"),
  });
  // Coordinators and admins see every match and may edit calendars; municipal staff read their own.
  const team = isCoordinator(user);
  const [t, locale, result, coordinators] = await Promise.all([
    getTranslations("calendar"),
    getLocale(),
    listCalendarMatches(user, filter, new Date()),
    team ? listCoordinators(user) : Promise.resolve(null),
  ]);
  return (
    <div>
      <PageHeader title={t("title")} description={team ? t("lead") : t("leadStaff")} />
      <div className="mt-4">
        <CalendarFilters
          values={filter}
          locale={locale}
          fiscalYears={result.fiscalYears}
          municipalities={team ? result.municipalityOptions : null}
          coordinators={coordinators?.map((c) => ({ value: c.id, label: c.name })) ?? null}
        />
      </div>
      <div className="mt-6">
        {result.rows.length ? <MatchList rows={result.rows} locale={locale} /> : <EmptyState>{t("empty")}</EmptyState>}
      </div>
      <Pagination
        page={filter.page}
        pageSize={CALENDAR_PAGE_SIZE}
        total={result.total}
        basePath="/pipeline/calendar"
        params={{
          municipality: filter.municipality,
          coordinator: filter.coordinator,
          fy: filter.fy ? String(filter.fy) : undefined,
        }}
      />
      <CalendarTable calendars={result.calendars} canEdit={team} />
    </div>
  );
}
