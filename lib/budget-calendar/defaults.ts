import type { BudgetStep, MunicipalityType } from "@/lib/generated/prisma/enums";

// Client-safe: the override form shows the defaults next to the municipality's own months.
//
// Months count from April of the year BEFORE the target fiscal year (the year in which the budget is
// drafted): 0 = April FY-1, 4 = August FY-1, 9 = January FY, 11 = March FY, 12 = April FY (the first
// month of the target fiscal year), 23 = March FY+1. A step runs from the first day of startMonth to
// the last day of endMonth. Reasoning for each default: docs/budget-calendar.md.

export const BUDGET_STEPS = [
  "DEPARTMENT_DRAFT",
  "FINANCE_HEARING",
  "ASSEMBLY",
  "VENDOR_SELECTION",
] as const satisfies readonly BudgetStep[];
export type CalendarStep = (typeof BUDGET_STEPS)[number];
export const MAX_MONTH = 23;

export type MonthSpan = { startMonth: number; endMonth: number };
export type BudgetCalendar = Record<CalendarStep, MonthSpan>;

const span = (startMonth: number, endMonth: number): MonthSpan => ({ startMonth, endMonth });

/** 市・町・村・特別区: 部内予算案 Aug–Dec, 財政ヒアリング Sep–Jan, 議会 (3月定例会) Feb–Mar, 企業選定 Apr–Jun. */
const BASIC: BudgetCalendar = {
  DEPARTMENT_DRAFT: span(4, 8),
  FINANCE_HEARING: span(5, 9),
  ASSEMBLY: span(10, 11),
  VENDOR_SELECTION: span(12, 14),
};

/** 都道府県: requests are gathered a month earlier (Jul–Nov, hearings Aug–Dec), the 2月議会 is the same. */
const PREFECTURE: BudgetCalendar = { ...BASIC, DEPARTMENT_DRAFT: span(3, 7), FINANCE_HEARING: span(4, 8) };

/** 政令指定都市 decide earliest: summer reviews start in June (Jun–Oct), finance hearings Jul–Nov. */
const DESIGNATED_CITY: BudgetCalendar = { ...BASIC, DEPARTMENT_DRAFT: span(2, 6), FINANCE_HEARING: span(3, 7) };

export const DEFAULT_CALENDARS: Record<MunicipalityType, BudgetCalendar> = {
  PREFECTURE,
  DESIGNATED_CITY,
  CITY: BASIC,
  TOWN: BASIC,
  VILLAGE: BASIC,
  SPECIAL_WARD: BASIC,
};

export function defaultCalendar(type: MunicipalityType | null | undefined): BudgetCalendar {
  return DEFAULT_CALENDARS[type ?? "CITY"];
}

export type CalendarOverride = { step: BudgetStep; startMonth: number; endMonth: number };

/** The calendar a municipality actually uses: its own rows where it has them, the type's defaults elsewhere. */
export function effectiveCalendar(
  type: MunicipalityType | null | undefined,
  overrides: readonly CalendarOverride[],
): { calendar: BudgetCalendar; overridden: Set<CalendarStep> } {
  const calendar = { ...defaultCalendar(type) };
  const overridden = new Set<CalendarStep>();
  for (const o of overrides) {
    calendar[o.step] = span(o.startMonth, o.endMonth);
    overridden.add(o.step);
  }
  return { calendar, overridden };
}

/** 0 → 4 (April) … 9 → 1 (January). */
export function calendarMonthOf(month: number): number {
  return ((3 + month) % 12) + 1;
}

/** Whether the month falls in the budget-drafting year (前年度, 0..11) or in the target year (対象年度, 12..23). */
export function isTargetYearMonth(month: number): boolean {
  return month >= 12;
}
