import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { loadCalendars } from "@/lib/budget-calendar/calendars";
import { budgetTimeline, type TimelineEntry } from "@/lib/budget-calendar/next-step";
import { budgetEditWhere, budgetReadWhere } from "./access";
import { needsFor, type Need } from "./needs";

export type BudgetStepView = TimelineEntry & { needs: Need[] };

/**
 * A match's path to a budget for the municipality side and coordinators (null for anyone else, the company
 * included): the funding and procurement choices, and the target year's budget steps with what each needs.
 */
export async function getBudgetPath(user: SessionUser | null, matchId: string, now = new Date()) {
  if (!user) return null;
  const m = await db.match.findFirst({
    where: { AND: [{ id: matchId }, budgetReadWhere(user)] },
    select: {
      id: true,
      stage: true,
      version: true,
      municipalityId: true,
      fundingSource: true,
      fundingName: true,
      procurementRoute: true,
      scheme: true,
      expectedBudget: true,
      targetFiscalYear: true,
    },
  });
  if (!m) return null;
  const [canEdit, calendars] = await Promise.all([
    db.match.count({ where: { AND: [{ id: m.id }, budgetEditWhere(user)] } }),
    loadCalendars([m.municipalityId]),
  ]);
  const calendar = calendars.get(m.municipalityId);
  const steps: BudgetStepView[] =
    calendar && m.targetFiscalYear
      ? budgetTimeline(calendar.calendar, m.targetFiscalYear, now).map((e) => ({
          ...e,
          needs: needsFor(e.step, m.fundingSource, m.procurementRoute),
        }))
      : [];
  return {
    ...m,
    expectedBudget: m.expectedBudget === null ? null : Number(m.expectedBudget),
    canEdit: canEdit > 0,
    steps,
  };
}
export type BudgetPath = NonNullable<Awaited<ReturnType<typeof getBudgetPath>>>;
