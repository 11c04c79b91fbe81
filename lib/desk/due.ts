// Target times of the proposal desk count business days in Japan: Saturdays, Sundays, national holidays
// (@holiday-jp/holiday_jp, data to 2050) and the city-hall closing days of 12/29–1/3 are not counted.
import holidayJp from "@holiday-jp/holiday_jp";

/** Defaults when a municipality has no DeskSetting row (schema defaults, repeated for code that has no row). */
export const DESK_DEFAULTS = { firstAnswerDays: 10, stepDays: 20, publicLog: false } as const;

const DAY = 86_400_000;
const JST = 9 * 3_600_000;

/** The calendar day in Japan of an instant, as a UTC-midnight Date (what holiday_jp compares). */
function japanDay(at: Date): Date {
  const shifted = new Date(at.getTime() + JST);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function isBusinessDay(day: Date): boolean {
  const d = japanDay(day);
  const weekday = d.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const month = d.getUTCMonth() + 1;
  const date = d.getUTCDate();
  if ((month === 12 && date >= 29) || (month === 1 && date <= 3)) return false;
  return !holidayJp.isHoliday(d);
}

/**
 * The end (23:59:59.999 JST) of the `days`-th business day after `from`'s day in Japan. A proposal received on a
 * Friday evening with 10 days is due at the end of the second Friday after, or later across holidays.
 */
export function addBusinessDays(from: Date, days: number): Date {
  let day = japanDay(from);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    day = new Date(day.getTime() + DAY);
    if (isBusinessDay(new Date(day.getTime() - JST + 12 * 3_600_000))) left--;
  }
  return new Date(day.getTime() + DAY - JST - 1);
}

/** Business days from `from` to `to` (0 when `to` is not later); the public log's "days to first answer". */
export function businessDaysBetween(from: Date, to: Date): number {
  let day = japanDay(from);
  const end = japanDay(to);
  let count = 0;
  while (day < end) {
    day = new Date(day.getTime() + DAY);
    if (isBusinessDay(new Date(day.getTime() - JST + 12 * 3_600_000))) count++;
  }
  return count;
}
