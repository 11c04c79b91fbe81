import { calendarMonthOf, isTargetYearMonth, type MonthSpan } from "@/lib/budget-calendar/defaults";

type T = (key: string, values?: Record<string, string | number>) => string;

/** "8月" for the drafting year, "対象年度4月" for the target year. `t` is the "calendar" translator. */
export function monthLabel(t: T, month: number): string {
  return isTargetYearMonth(month)
    ? t("monthTarget", { month: calendarMonthOf(month) })
    : t("monthShort", { month: calendarMonthOf(month) });
}

/** "8月〜12月", "対象年度4月〜6月" (the year is said once when both ends are in it), "12月〜対象年度4月". */
export function spanLabel(t: T, s: MonthSpan): string {
  if (s.startMonth === s.endMonth) return monthLabel(t, s.startMonth);
  const sameYear = isTargetYearMonth(s.startMonth) === isTargetYearMonth(s.endMonth);
  const end = sameYear ? t("monthShort", { month: calendarMonthOf(s.endMonth) }) : monthLabel(t, s.endMonth);
  return t("monthRange", { start: monthLabel(t, s.startMonth), end });
}
