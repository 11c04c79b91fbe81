import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  corporateCheckDigit,
  isValidCorporateNumber,
  normalizeCorporateNumber,
  withCheckDigit,
} from "./corporate-number";

// Real numbers from 国税庁 法人番号公表サイト; each passes the check digit.
const REAL = {
  トヨタ自動車株式会社: "1180301018771",
  日本電気株式会社: "7010401022916",
  ソニーグループ株式会社: "5010401067252",
  楽天グループ株式会社: "9010701020592",
};

describe("法人番号 check digit", () => {
  it.each(Object.entries(REAL))("%s %s is valid", (_name, n) => {
    expect(isValidCorporateNumber(n)).toBe(true);
  });
  it("rejects a wrong check digit, a swapped digit, a wrong length and non-digits", () => {
    expect(isValidCorporateNumber("2180301018771")).toBe(false);
    expect(isValidCorporateNumber("1180301018717")).toBe(false);
    expect(isValidCorporateNumber("118030101877")).toBe(false);
    expect(isValidCorporateNumber("11803010187710")).toBe(false);
    expect(isValidCorporateNumber("118030101877a")).toBe(false);
    // The brief's guess for サイボウズ does not pass: its check digit would be 7.
    expect(isValidCorporateNumber("2010001092590")).toBe(false);
    expect(corporateCheckDigit("010001092590")).toBe(7);
  });
  it("normalizes full-width digits and hyphens", () => {
    expect(normalizeCorporateNumber("１１８０-３０１０-１８７７１")).toBe("1180301018771");
  });
  it("any 12-digit base gets exactly one valid check digit (1..9)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (base) => {
        const n = withCheckDigit(base);
        expect(isValidCorporateNumber(n)).toBe(true);
        const d = Number(n[0]);
        expect(d).toBeGreaterThanOrEqual(1);
        expect(d).toBeLessThanOrEqual(9);
        for (let other = 0; other <= 9; other++)
          if (other !== d) expect(isValidCorporateNumber(`${other}${base}`)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
