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
// Eight random months are almost never an ordered calendar (none in 5,000 draws), so the accepting side is
// built: starts and ends each in order, every end at or after its start. A nudge of one month breaks some.
const sorted = fc
  .array(fc.integer({ min: 0, max: 23 }), { minLength: 4, maxLength: 4 })
  .map((a) => a.sort((x, y) => x - y));
const ordered = fc.tuple(sorted, sorted).map(([starts, ends]) => starts.flatMap((s, i) => [s, Math.max(s, ends[i])]));
const nudged = fc
  .tuple(ordered, fc.nat({ max: 7 }), fc.integer({ min: -3, max: 3 }))
  .map(([m, i, d]) => m.map((x, j) => (j === i ? x + d : x)));
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
  it("accepts exactly the in-range, ordered calendars", () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.oneof(ordered, nudged, months), (m) => {
        const ok = calendarOverrideSchema.safeParse(toInput(m)).success;
        expect(ok).toBe(valid(m));
        seen[ok ? "accepted" : "refused"]++;
      }),
      { numRuns: 600 },
    );
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it("never throws on arbitrary input and explains every refusal in Japanese", () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), months.map(toInput), nudged.map(toInput), fc.dictionary(fc.string(), fc.anything())),
        (raw) => {
          const r = calendarOverrideSchema.safeParse(raw);
          if (r.success) return;
          refused++;
          for (const i of r.error.issues) expect(i.message).toMatch(/[ぁ-んァ-ン一-龥]/);
        },
      ),
      { numRuns: 600 },
    );
    expect(refused).toBeGreaterThan(300);
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
  it("turns any URL query into usable filters", () => {
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
