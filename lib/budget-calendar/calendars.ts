import "server-only";
import { db } from "@/lib/db";
import type { MunicipalityType } from "@/lib/generated/prisma/enums";
import { defaultCalendar, effectiveCalendar, type BudgetCalendar, type CalendarStep } from "./defaults";

// Database reads with no session: shared by the pages' queries and the daily reminder job (the
// worker must not import the NextAuth session helpers).

export type MunicipalityCalendar = {
  id: string;
  name: string;
  type: MunicipalityType | null;
  prefectureCode: string | null;
  calendar: BudgetCalendar;
  defaults: BudgetCalendar;
  overridden: CalendarStep[];
};

/** Effective calendars of the given municipalities in two queries, whatever their number. */
export async function loadCalendars(municipalityIds: readonly string[]): Promise<Map<string, MunicipalityCalendar>> {
  const ids = [...new Set(municipalityIds)];
  if (ids.length === 0) return new Map();
  const [orgs, rows] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: ids }, kind: "MUNICIPALITY" },
      select: { id: true, name: true, municipalityType: true, prefectureCode: true },
    }),
    db.budgetCalendarStep.findMany({
      where: { municipalityId: { in: ids } },
      select: { municipalityId: true, step: true, startMonth: true, endMonth: true },
    }),
  ]);
  const out = new Map<string, MunicipalityCalendar>();
  for (const o of orgs) {
    const { calendar, overridden } = effectiveCalendar(
      o.municipalityType,
      rows.filter((r) => r.municipalityId === o.id),
    );
    out.set(o.id, {
      id: o.id,
      name: o.name,
      type: o.municipalityType,
      prefectureCode: o.prefectureCode,
      calendar,
      defaults: defaultCalendar(o.municipalityType),
      overridden: [...overridden],
    });
  }
  return out;
}
