import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import { createUser } from "@/tests/fixtures/factories";
import { errorCodeOf } from "@/lib/errors";
import { saveChallengeDraft } from "./mutations";
import {
  challengeDraftSchema,
  challengePublishSchema,
  CHALLENGE_KINDS,
  BUDGET_STATUSES,
  OFFERS,
  parsePublicFilters,
  PROGRAM_KINDS,
} from "./schema";

// Values that look like what a form sends, mixed with junk, so both branches get exercised.
const formish = fc.record(
  {
    id: fc.oneof(fc.constant(""), fc.string(), fc.anything()),
    kind: fc.oneof(fc.constantFrom(...CHALLENGE_KINDS, ""), fc.anything()),
    programKind: fc.oneof(fc.constantFrom(...PROGRAM_KINDS, ""), fc.anything()),
    title: fc.oneof(fc.string({ maxLength: 120 }), fc.anything()),
    situation: fc.oneof(fc.string(), fc.anything()),
    tried: fc.oneof(fc.string(), fc.anything()),
    offers: fc.oneof(fc.array(fc.constantFrom(...OFFERS, "X")), fc.anything()),
    budgetStatus: fc.oneof(fc.constantFrom(...BUDGET_STATUSES, ""), fc.anything()),
    budgetAmount: fc.oneof(fc.integer(), fc.string(), fc.constant("３,０００,０００円"), fc.double(), fc.anything()),
    budgetFiscalYear: fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.string(), fc.anything()),
    departmentName: fc.oneof(fc.string({ maxLength: 70 }), fc.anything()),
    themeSlugs: fc.oneof(fc.array(fc.constantFrom("dx", "housing", "nope", "UPPER")), fc.anything()),
  },
  { requiredKeys: [] },
);
// Shaped like a real wizard submit, with rough edges (blank strings, full-width digits, odd slugs).
const validish = fc.record(
  {
    kind: fc.constantFrom(...CHALLENGE_KINDS, ""),
    programKind: fc.constantFrom(...PROGRAM_KINDS, ""),
    title: fc.oneof(fc.string({ minLength: 1, maxLength: 100 }), fc.constant("空き家\u0000の件")),
    situation: fc.string({ minLength: 1, maxLength: 300, unit: "binary" }),
    companyGain: fc.string({ maxLength: 50 }),
    offers: fc.uniqueArray(fc.constantFrom(...OFFERS)),
    budgetStatus: fc.constantFrom(...BUDGET_STATUSES, ""),
    budgetAmount: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 1e9 }), fc.constant("１２,０００円")),
    budgetFiscalYear: fc.oneof(fc.constant(""), fc.integer({ min: 2000, max: 2100 })),
    departmentName: fc.oneof(fc.constant(""), fc.constantFrom("防災課", "観光課", " ")),
    themeSlugs: fc.uniqueArray(fc.constantFrom("dx", "housing", "nope")),
  },
  { requiredKeys: ["title", "situation"] },
);
// The wizard-shaped records get twice the weight: they are the ones that reach the checks on accepted input.
const anyInput = fc.oneof({ weight: 2, arbitrary: validish }, formish, fc.anything(), fc.object());

describe("wizard schemas never throw", () => {
  it("draft schema", () => {
    fc.assert(
      fc.property(anyInput, (v) => {
        challengeDraftSchema.safeParse(v);
      }),
      { numRuns: 500 },
    );
  });

  it("publish schema, and a valid publish is always a valid draft", () => {
    let published = 0;
    let programs = 0;
    fc.assert(
      fc.property(anyInput, (v) => {
        const r = challengePublishSchema.safeParse(v);
        if (r.success) {
          published++;
          expect(challengeDraftSchema.safeParse(v).success).toBe(true);
          expect(r.data.themeSlugs.length).toBeGreaterThan(0);
          if (r.data.kind === "PROGRAM") {
            programs++;
            expect(r.data.programKind).toBeDefined();
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(published).toBeGreaterThan(25);
    expect(programs).toBeGreaterThan(0);
  });

  it("public list filters fall back to defaults on junk", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.dictionary(
          fc.constantFrom("kind", "theme", "pref", "status", "budget", "page"),
          fc.oneof(fc.string(), fc.array(fc.string()), fc.anything()),
        ),
        (a, b) => {
          expect(parsePublicFilters(a).page).toBeGreaterThanOrEqual(1);
          expect(parsePublicFilters(b).page).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("create-draft with arbitrary input", () => {
  it("stores one complete row or nothing", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(anyInput, async (raw) => {
        const before = await db.challenge.count({ where: { authorId: staff.id } });
        const parsed = challengeDraftSchema.safeParse(raw);
        let id: string | undefined;
        if (parsed.success) {
          // An id in the input means "update": the staff owns no such row, so NOT_FOUND is the expected refusal.
          try {
            id = (await saveChallengeDraft(staff, parsed.data)).id;
          } catch (e) {
            expect(["NOT_FOUND", "INVALID_INPUT"]).toContain(errorCodeOf(e));
          }
        }
        const after = await db.challenge.count({ where: { authorId: staff.id } });
        if (!id) {
          expect(after).toBe(before);
          return;
        }
        stored++;
        expect(after).toBe(before + 1);
        const row = await db.challenge.findUniqueOrThrow({ where: { id }, include: { themes: true } });
        expect(row.title.length).toBeGreaterThan(0);
        expect(row.situation.length).toBeGreaterThan(0);
        expect(row.status).toBe("DRAFT");
        expect(row.themes.length).toBe(
          parsed.success ? parsed.data.themeSlugs.filter((s) => s === "dx" || s === "housing").length : 0,
        );
      }),
      { numRuns: 150 },
    );
    // The property must have exercised the write path, not only refusals.
    expect(stored).toBeGreaterThan(10);
  });
});
