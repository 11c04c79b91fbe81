import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filtersSchema, moveSchema, parseMatchFilters, updateSchema } from "./schema";
import { ALL_STAGES, DECLINE_REASONS } from "./stages";

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string()),
  fc.object(),
);

describe("schemas never throw, and what they accept is safe to store", () => {
  it("moveSchema: any input parses or fails cleanly; DECLINED always carries a listed reason", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), junk),
            to: fc.oneof(fc.constantFrom(...ALL_STAGES), junk),
            expectedVersion: fc.oneof(fc.nat(), junk),
            note: junk,
            declineReason: fc.oneof(fc.constantFrom(...DECLINE_REASONS), junk),
            declineNote: fc.oneof(fc.string(), junk),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const r = moveSchema.safeParse(raw);
          if (!r.success) return;
          expect(ALL_STAGES).toContain(r.data.to);
          expect(Number.isInteger(r.data.expectedVersion) && r.data.expectedVersion >= 0).toBe(true);
          if (r.data.to === "DECLINED") {
            expect(DECLINE_REASONS).toContain(r.data.declineReason);
            if (r.data.declineReason === "OTHER") expect(r.data.declineNote?.length).toBeGreaterThan(0);
          }
          for (const s of [r.data.note, r.data.declineNote]) if (typeof s === "string") expect(s).not.toMatch(/\u0000/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("updateSchema: money, dates and years stay in range", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            id: fc.oneof(fc.constant("m1"), junk),
            expectedVersion: fc.oneof(fc.nat(), junk),
            coordinatorId: fc.oneof(fc.constant(""), fc.constant("user_1"), junk),
            departmentId: fc.oneof(fc.constant(""), junk),
            metDepartment: junk,
            contentOrganized: junk,
            nextAction: fc.oneof(fc.string({ maxLength: 300 }), junk),
            nextActionOn: fc.oneof(fc.constant("2026-02-30"), fc.constant("2026-04-01"), fc.string(), junk),
            expectedBudget: fc.oneof(
              fc.constant("5,000,000円"),
              fc.constant("１２３"),
              fc.bigInt().map(String),
              fc.string(),
              junk,
            ),
            targetFiscalYear: fc.oneof(fc.integer({ min: 1990, max: 2110 }).map(String), junk),
            scheme: fc.oneof(fc.constant("TENDER"), junk),
            internalNote: fc.oneof(fc.string(), junk),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const r = updateSchema.safeParse(raw);
          if (!r.success) return;
          const d = r.data;
          if (d.expectedBudget !== null)
            expect(Number.isSafeInteger(d.expectedBudget) && d.expectedBudget >= 0).toBe(true);
          if (d.nextActionOn !== null)
            expect(new Date(`${d.nextActionOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.nextActionOn);
          if (d.targetFiscalYear !== null) expect(d.targetFiscalYear >= 2000 && d.targetFiscalYear <= 2100).toBe(true);
          expect(typeof d.metDepartment).toBe("boolean");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("filters: junk in the URL falls back to defaults, never throws", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            "municipality",
            "department",
            "theme",
            "coordinator",
            "stage",
            "fy",
            "stale",
            "view",
            "page",
            "x",
          ),
          fc.oneof(junk, fc.array(junk)),
        ),
        (raw) => {
          const f = parseMatchFilters(raw);
          expect(["board", "table"]).toContain(f.view);
          expect(f.page).toBeGreaterThanOrEqual(1);
          expect(filtersSchema.safeParse(raw).success).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("examples a clerk types", () => {
    const base = { id: "m1", expectedVersion: "0", metDepartment: "on", contentOrganized: false };
    expect(
      updateSchema.parse({
        ...base,
        expectedBudget: "5,000,000円",
        targetFiscalYear: "2027",
        nextActionOn: "2026-04-01",
      }),
    ).toMatchObject({ expectedBudget: 5_000_000, targetFiscalYear: 2027, metDepartment: true, coordinatorId: null });
    expect(updateSchema.safeParse({ ...base, nextActionOn: "2026-02-30" }).success).toBe(false);
    expect(updateSchema.safeParse({ ...base, expectedBudget: "-1" }).success).toBe(false);
    expect(parseMatchFilters({ stage: "NOPE", fy: "abc", view: "table", page: "-3" })).toMatchObject({
      stage: undefined,
      fy: undefined,
      view: "table",
      page: 1,
    });
  });
});
