import { describe, expect, it } from "vitest";
import { fiscalYearOf, formatFiscalYear, formatYen } from "./format";

describe("format", () => {
  it("counts the fiscal year from April", () => {
    expect(fiscalYearOf(new Date("2021-03-31T12:00:00+09:00"))).toBe(2020);
    expect(fiscalYearOf(new Date("2021-04-01T12:00:00+09:00"))).toBe(2021);
    expect(formatFiscalYear(2019)).toBe("2019年度（令和元年度）");
    expect(formatFiscalYear(2024)).toBe("2024年度（令和6年度）");
  });
  it("writes yen the Japanese way", () => {
    expect(formatYen(12_000_000)).toBe("1,200万円");
    expect(formatYen(150_000_000)).toBe("1.5億円");
    expect(formatYen(5000)).toBe("5,000円");
  });
});
