import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/fields";
import { BUDGET_STEPS, DEFAULT_CALENDARS } from "./defaults";
import {
  calendarFilterSchema,
  calendarFromInput,
  calendarOverrideSchema,
  endKey,
  inputFromCalendar,
  startKey,
} from "./schema";

const months = fc.array(fc.integer({ min: -3, max: 26 }), { minLength: 8, maxLength: 8 });
const toInput = (m: number[]) => {
  const o: Record<string, unknown> = { municipalityId: "m1" };
  BUDGET_STEPS.forEach((s, i) => {
    o[startKey(s)] = m[2 * i];
    o[endKey(s)] = m[2 * i + 1];
  });
  return o;
};
const valid = (m: number[]) =>
  m.every((x) => x >= 0 && x <= 23) &&
  BUDGET_STEPS.every(
    (_, i) => m[2 * i] <= m[2 * i + 1] && (i === 0 || (m[2 * i] >= m[2 * i - 2] && m[2 * i + 1] >= m[2 * i - 1])),
  );

describe("calendarOverrideSchema", () => {
  it("accepts exactly the in-range, ordered calendars (1000 runs)", () => {
    fc.assert(
      fc.property(months, (m) => {
        expect(calendarOverrideSchema.safeParse(toInput(m)).success).toBe(valid(m));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary input and explains every refusal in Japanese (1000 runs)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), months.map(toInput), fc.dictionary(fc.string(), fc.anything())), (raw) => {
        const r = calendarOverrideSchema.safeParse(raw);
        if (!r.success) for (const i of r.error.issues) expect(i.message).toMatch(/[ぁ-んァ-ン一-龥]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts an order error on the field that breaks it", () => {
    const input = inputFromCalendar("m1", DEFAULT_CALENDARS.CITY);
    const r = calendarOverrideSchema.safeParse({ ...input, FINANCE_HEARING_start: 2 });
    expect(r.success).toBe(false);
    const errors = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(errors.FINANCE_HEARING_start?.[0]).toContain("「部内予算案」より前には始められません");
    const r2 = calendarOverrideSchema.safeParse({ ...input, ASSEMBLY_start: 11, ASSEMBLY_end: 10 });
    expect((z.flattenError(r2.error!).fieldErrors as Record<string, string[]>).ASSEMBLY_end?.[0]).toContain(
      "終わりは始まりと同じ月か",
    );
  });

  it("round-trips every default calendar", () => {
    for (const cal of Object.values(DEFAULT_CALENDARS))
      expect(calendarFromInput(calendarOverrideSchema.parse(inputFromCalendar("x", cal)))).toEqual(cal);
  });
});

describe("calendarFilterSchema", () => {
  it("turns any URL query into usable filters (1000 runs)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("municipality", "coordinator", "fy", "page", "x"),
          fc.oneof(fc.string(), fc.integer().map(String)),
        ),
        (q) => {
          const f = calendarFilterSchema.parse(q);
          expect(f.page).toBeGreaterThanOrEqual(1);
          if (f.fy !== undefined) expect(f.fy).toBeGreaterThanOrEqual(2000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
