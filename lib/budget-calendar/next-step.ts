import { BUDGET_STEPS, type BudgetCalendar, type CalendarStep } from "./defaults";

// Pure date arithmetic for the budget calendar. Every boundary is midnight in Japan (Asia/Tokyo,
// UTC+9, no daylight saving), whatever time zone the server runs in: a step that "starts in August"
// starts at 00:00 JST on 1 August, and one that "ends in December" is in progress until 23:59:59 JST
// on 31 December.

const JST_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

export type StepStatus = "passed" | "in_progress" | "upcoming";
export type TimelineEntry = { step: CalendarStep; startsOn: Date; endsOn: Date; status: StepStatus };
export type NextBudgetStep = { step: CalendarStep; startsOn: Date; endsOn: Date; status: "upcoming" | "in_progress" };

/** 00:00 JST on the given calendar day (month0 0..11, may overflow into the next year). */
export function jstMidnight(year: number, month0: number, day: number): Date {
  return new Date(Date.UTC(year, month0, day) - JST_OFFSET_MS);
}

/** First day of calendar month `month` (0 = April of FY-1) for the target fiscal year. */
export function monthStart(targetFiscalYear: number, month: number): Date {
  return jstMidnight(targetFiscalYear - 1, 3 + month, 1);
}

/** The Japan calendar date of an instant, as "YYYY-MM-DD" (used for daily dedupe keys). */
export function jstDateKey(at: Date): string {
  return new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The fiscal year (April–March) of an instant, counted in Japan time. */
export function jstFiscalYear(at: Date): number {
  const [y, m] = jstDateKey(at).split("-").map(Number);
  return m >= 4 ? y : y - 1;
}

/** 00:00 JST of the day that contains `at`. */
export function jstStartOfDay(at: Date): Date {
  const [y, m, d] = jstDateKey(at).split("-").map(Number);
  return jstMidnight(y, m - 1, d);
}

/** Whole days from the start of `now`'s JST day to `date` (0 = today, 1 = tomorrow). */
export function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - jstStartOfDay(now).getTime()) / DAY_MS);
}

/** Every step of the calendar for one target fiscal year, in order, with its status at `now`. */
export function budgetTimeline(calendar: BudgetCalendar, targetFiscalYear: number, now: Date): TimelineEntry[] {
  const t = now.getTime();
  return BUDGET_STEPS.map((step) => {
    const { startMonth, endMonth } = calendar[step];
    const startsOn = monthStart(targetFiscalYear, startMonth);
    const endExclusive = monthStart(targetFiscalYear, endMonth + 1);
    const endsOn = new Date(endExclusive.getTime() - DAY_MS);
    const status: StepStatus =
      t < startsOn.getTime() ? "upcoming" : t < endExclusive.getTime() ? "in_progress" : "passed";
    return { step, startsOn, endsOn, status };
  });
}

/**
 * The step a coordinator has to act on next: the first (in budget order) that has not ended yet.
 * Steps overlap (部内予算案 Aug–Dec, 財政ヒアリング Sep–Jan), and the schema keeps both starts and
 * ends in order, so the first unfinished step is also the one that ends soonest. Null once all passed.
 */
export function nextBudgetStep(calendar: BudgetCalendar, targetFiscalYear: number, now: Date): NextBudgetStep | null {
  const next = budgetTimeline(calendar, targetFiscalYear, now).find((e) => e.status !== "passed");
  if (!next || next.status === "passed") return null;
  return { step: next.step, startsOn: next.startsOn, endsOn: next.endsOn, status: next.status };
}

/** The date a list sorts on: when an upcoming step starts, or when the step in progress must be done. */
export function dueDate(next: NextBudgetStep): Date {
  return next.status === "upcoming" ? next.startsOn : next.endsOn;
}
