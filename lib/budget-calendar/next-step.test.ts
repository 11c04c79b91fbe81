import { describe, expect, it } from "vitest";
import { BUDGET_STEPS, DEFAULT_CALENDARS, defaultCalendar, effectiveCalendar } from "./defaults";
import { budgetTimeline, daysUntil, dueDate, jstDateKey, jstFiscalYear, nextBudgetStep } from "./next-step";

// Every instant is written with its Japan offset, so these hold whatever time zone runs the tests.
const at = (iso: string) => new Date(iso);
const day = (d: Date) => jstDateKey(d);

describe("nextBudgetStep with the city defaults (FY2027)", () => {
  const city = defaultCalendar("CITY");
  const cases: [string, string | null, string?, string?, string?][] = [
    ["2026-04-01T00:00:00+09:00", "DEPARTMENT_DRAFT", "upcoming", "2026-08-01", "2026-12-31"],
    ["2026-07-31T23:59:59+09:00", "DEPARTMENT_DRAFT", "upcoming", "2026-08-01", "2026-12-31"],
    ["2026-08-01T00:00:00+09:00", "DEPARTMENT_DRAFT", "in_progress", "2026-08-01", "2026-12-31"],
    ["2026-12-31T23:59:59+09:00", "DEPARTMENT_DRAFT", "in_progress", "2026-08-01", "2026-12-31"],
    ["2027-01-01T00:00:00+09:00", "FINANCE_HEARING", "in_progress", "2026-09-01", "2027-01-31"],
    ["2027-02-01T00:00:00+09:00", "ASSEMBLY", "in_progress", "2027-02-01", "2027-03-31"],
    // The fiscal year rolls over: the target year has begun and the vendor is chosen.
    ["2027-03-31T23:59:59+09:00", "ASSEMBLY", "in_progress", "2027-02-01", "2027-03-31"],
    ["2027-04-01T00:00:00+09:00", "VENDOR_SELECTION", "in_progress", "2027-04-01", "2027-06-30"],
    ["2027-06-30T23:59:59+09:00", "VENDOR_SELECTION", "in_progress", "2027-04-01", "2027-06-30"],
    ["2027-07-01T00:00:00+09:00", null],
  ];
  it.each(cases)("at %s → %s", (now, step, status, starts, ends) => {
    const next = nextBudgetStep(city, 2027, at(now));
    if (step === null) return expect(next).toBeNull();
    expect(next).toMatchObject({ step, status });
    expect(day(next!.startsOn)).toBe(starts);
    expect(day(next!.endsOn)).toBe(ends);
  });

  it("a step ending in UTC's previous day is still in progress at 08:59 JST on the 1st", () => {
    // 2027-01-01T08:59+09:00 is still 2026-12-31 in UTC; in Japan 部内予算案 is over.
    expect(nextBudgetStep(city, 2027, at("2027-01-01T08:59:00+09:00"))?.step).toBe("FINANCE_HEARING");
  });
});

describe("defaults by municipality type", () => {
  const starts = (type: keyof typeof DEFAULT_CALENDARS) =>
    budgetTimeline(DEFAULT_CALENDARS[type], 2027, at("2026-04-01T00:00:00+09:00")).map((e) => day(e.startsOn));
  it("city, town, village and special ward share one calendar", () => {
    for (const t of ["CITY", "TOWN", "VILLAGE", "SPECIAL_WARD"] as const)
      expect(starts(t)).toEqual(["2026-08-01", "2026-09-01", "2027-02-01", "2027-04-01"]);
  });
  it("prefectures start a month earlier, designated cities earliest", () => {
    expect(starts("PREFECTURE")).toEqual(["2026-07-01", "2026-08-01", "2027-02-01", "2027-04-01"]);
    expect(starts("DESIGNATED_CITY")).toEqual(["2026-06-01", "2026-07-01", "2027-02-01", "2027-04-01"]);
    const now = at("2026-06-15T12:00:00+09:00");
    expect(nextBudgetStep(DEFAULT_CALENDARS.DESIGNATED_CITY, 2027, now)).toMatchObject({
      step: "DEPARTMENT_DRAFT",
      status: "in_progress",
    });
    expect(nextBudgetStep(DEFAULT_CALENDARS.PREFECTURE, 2027, now)).toMatchObject({
      step: "DEPARTMENT_DRAFT",
      status: "upcoming",
    });
    expect(nextBudgetStep(DEFAULT_CALENDARS.CITY, 2027, now)).toMatchObject({
      step: "DEPARTMENT_DRAFT",
      status: "upcoming",
    });
  });
  it("every default keeps starts and ends in order within 0..23", () => {
    for (const cal of Object.values(DEFAULT_CALENDARS)) {
      BUDGET_STEPS.forEach((s, i) => {
        expect(cal[s].startMonth).toBeGreaterThanOrEqual(0);
        expect(cal[s].endMonth).toBeLessThanOrEqual(23);
        expect(cal[s].startMonth).toBeLessThanOrEqual(cal[s].endMonth);
        if (i > 0) expect(cal[s].startMonth).toBeGreaterThanOrEqual(cal[BUDGET_STEPS[i - 1]].startMonth);
      });
    }
  });
  it("a municipality without a type falls back to the city calendar", () => {
    expect(defaultCalendar(null)).toEqual(DEFAULT_CALENDARS.CITY);
  });
});

describe("overrides and edge months", () => {
  it("an override replaces only its step", () => {
    const { calendar, overridden } = effectiveCalendar("CITY", [{ step: "ASSEMBLY", startMonth: 8, endMonth: 11 }]);
    expect(calendar.ASSEMBLY).toEqual({ startMonth: 8, endMonth: 11 });
    expect(calendar.DEPARTMENT_DRAFT).toEqual(DEFAULT_CALENDARS.CITY.DEPARTMENT_DRAFT);
    expect([...overridden]).toEqual(["ASSEMBLY"]);
    const t = budgetTimeline(calendar, 2027, at("2026-01-01T00:00:00+09:00"));
    expect(day(t[2].startsOn)).toBe("2026-12-01");
  });
  it("month 23 ends on 31 March of the year after the target year; February ends on the 29th in a leap year", () => {
    const cal = {
      ...DEFAULT_CALENDARS.CITY,
      VENDOR_SELECTION: { startMonth: 12, endMonth: 23 },
      ASSEMBLY: { startMonth: 10, endMonth: 10 },
    };
    const t = budgetTimeline(cal, 2028, at("2026-01-01T00:00:00+09:00"));
    expect(day(t[3].endsOn)).toBe("2029-03-31");
    expect(day(t[2].endsOn)).toBe("2028-02-29");
  });
  it("dueDate is the start of an upcoming step and the end of one in progress", () => {
    const city = DEFAULT_CALENDARS.CITY;
    expect(day(dueDate(nextBudgetStep(city, 2027, at("2026-05-01T00:00:00+09:00"))!))).toBe("2026-08-01");
    expect(day(dueDate(nextBudgetStep(city, 2027, at("2026-10-01T00:00:00+09:00"))!))).toBe("2026-12-31");
  });
});

describe("Japan-time helpers", () => {
  it("jstFiscalYear and daysUntil count in Japan time", () => {
    expect(jstFiscalYear(at("2027-03-31T23:59:59+09:00"))).toBe(2026);
    expect(jstFiscalYear(at("2027-04-01T00:00:00+09:00"))).toBe(2027);
    expect(daysUntil(at("2026-08-01T00:00:00+09:00"), at("2026-07-18T07:30:00+09:00"))).toBe(14);
    expect(daysUntil(at("2026-08-01T00:00:00+09:00"), at("2026-08-01T07:30:00+09:00"))).toBe(0);
  });
});
