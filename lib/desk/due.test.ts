import { describe, expect, it } from "vitest";
import { addBusinessDays, businessDaysBetween, isBusinessDay } from "./due";

const jst = (s: string) => new Date(`${s}+09:00`);

describe("business days in Japan", () => {
  it("skips weekends, national holidays and the year-end closing", () => {
    expect(isBusinessDay(jst("2027-05-03T10:00:00"))).toBe(false); // 憲法記念日
    expect(isBusinessDay(jst("2027-05-06T10:00:00"))).toBe(true);
    expect(isBusinessDay(jst("2026-12-05T10:00:00"))).toBe(false); // Saturday
    expect(isBusinessDay(jst("2026-12-29T10:00:00"))).toBe(false);
    expect(isBusinessDay(jst("2027-01-04T10:00:00"))).toBe(true);
    // Late evening in Japan is already the next day in UTC's morning terms: still judged by the Japanese date.
    expect(isBusinessDay(new Date("2027-05-02T16:00:00Z"))).toBe(false); // 2027-05-03 01:00 JST
  });

  it("counts ten business days across Golden Week to the end of the Japanese day", () => {
    // From Fri 2027-04-30: May 3–5 are holidays and 1–2, 8–9, 15–16 weekends, so the days counted are
    // May 6, 7, 10, 11, 12, 13, 14, 17, 18, 19 (counted by hand from the calendar).
    const due = addBusinessDays(jst("2027-04-30T18:00:00"), 10);
    expect(due.toISOString()).toBe(new Date("2027-05-19T23:59:59.999+09:00").toISOString());
    expect(businessDaysBetween(jst("2027-04-30T18:00:00"), jst("2027-05-19T09:00:00"))).toBe(10);
  });

  it("counts the year-end closing as closed", () => {
    expect(addBusinessDays(jst("2026-12-28T09:00:00"), 1).toISOString()).toBe(
      new Date("2027-01-04T23:59:59.999+09:00").toISOString(),
    );
    expect(businessDaysBetween(jst("2027-01-05T09:00:00"), jst("2027-01-04T09:00:00"))).toBe(0);
  });
});
