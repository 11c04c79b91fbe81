import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";
import { createCase } from "./mutations";
import { mostly, withJunkFields } from "@/tests/fixtures/property";
import { caseInputSchema, parseCaseFilters } from "./schema";

// Values close to a real form submission, mixed with anything at all, so the fuzz reaches both
// the "valid" and the "rejected" branches instead of failing at the first field every time.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constant(""),
  fc.constant("   "),
  fc.constant("\u0000"),
  fc.anything(),
);
const row = (keys: string[]) =>
  fc.oneof(fc.record(Object.fromEntries(keys.map((k) => [k, text])), { requiredKeys: [] }), fc.anything());
const formLike = (municipalityId: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      title: text,
      summary: text,
      body: text,
      municipalityId,
      partners: fc.oneof(fc.array(row(["name", "role"]), { maxLength: 12 }), fc.anything()),
      scheme: fc.oneof(fc.constantFrom("DEMONSTRATION", "OTHER", "TENDER", "bogus"), fc.anything()),
      outcome: fc.oneof(fc.constantFrom("ONGOING", "ADOPTED", "x"), fc.anything()),
      fiscalYear: fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.string(), fc.anything()),
      startedOn: fc.oneof(fc.constantFrom("2021-04-01", "2021-02-29", ""), fc.string(), fc.anything()),
      endedOn: fc.oneof(fc.constantFrom("2022-03-31", ""), fc.string()),
      figures: fc.oneof(fc.array(row(["label", "value"]), { maxLength: 22 }), fc.anything()),
      links: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({ label: text, url: fc.oneof(fc.webUrl(), fc.string(), fc.constant("javascript:alert(1)")) }),
            fc.anything(),
          ),
          { maxLength: 11 },
        ),
        fc.anything(),
      ),
      themeSlugs: fc.oneof(fc.subarray(["dx", "health", "facilities", "no-such-theme"]), fc.anything()),
      published: fc.oneof(fc.boolean(), fc.anything()),
      isDemo: fc.oneof(fc.boolean(), fc.anything()),
    },
    { requiredKeys: [] },
  );

/** A plausible submission, half the time with one to three fields replaced by anything: many saves, many refusals. */
const mostlyValid = (municipalityId: string) =>
  withJunkFields(
    fc.record({
      title: fc.string({ minLength: 1, maxLength: 130 }),
      summary: fc.string({ minLength: 1 }),
      body: fc.string({ minLength: 1 }),
      municipalityId: fc.constant(municipalityId),
      partners: fc.array(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 110 }),
          role: fc.option(fc.string(), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      scheme: fc.constantFrom("DEMONSTRATION", "OTHER", "TENDER"),
      outcome: fc.constantFrom("ONGOING", "ADOPTED"),
      fiscalYear: fc.integer({ min: 1995, max: 2105 }),
      figures: fc.array(fc.record({ label: fc.string(), value: fc.string() }), { maxLength: 3 }),
      links: fc.array(
        fc.record({
          label: fc.string({ minLength: 1 }),
          url: fc.oneof(fc.webUrl(), fc.constant("javascript:alert(1)")),
        }),
        { maxLength: 2 },
      ),
      themeSlugs: fc.subarray(["dx", "health", "facilities", "dx", "no-such-theme"], { minLength: 1 }),
    }),
    [
      "title",
      "partners",
      "scheme",
      "fiscalYear",
      "figures",
      "links",
      "themeSlugs",
      "published",
      "startedOn",
      "municipalityId",
    ],
  );

describe("case input schema fuzz", () => {
  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(mostlyValid("abc"), (v) => {
        expect(typeof caseInputSchema.safeParse(v).success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(typeof caseInputSchema.safeParse(v).success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(formLike(fc.oneof(fc.string(), fc.anything())), (v) => {
        expect(typeof caseInputSchema.safeParse(v).success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
  it("filter parsing never throws and always yields a usable page", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("page", "theme", "pref", "scheme", "year", "q", "sort", "municipality", "outcome", "x"),
          fc.oneof(fc.string(), fc.array(fc.string()), fc.anything()),
        ),
        (v) => {
          const f = parseCaseFilters(v);
          expect(f.page).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("create-case fuzz against the database", () => {
  let coordinator: SessionUser;
  let kagaId: string;
  beforeAll(async () => {
    coordinator = await createUser({ role: "COORDINATOR" });
    kagaId = (await getMunicipality("172065")).id;
  });

  it("as a coordinator, arbitrary input saves a complete case or nothing", async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(
        mostly(mostlyValid(kagaId), formLike(fc.oneof(fc.constant(kagaId), fc.string())), 3),
        async (raw) => {
          const before = await db.case.count({ where: { createdById: coordinator.id } });
          const parsed = caseInputSchema.safeParse(raw);
          let id: string | null = null;
          if (parsed.success) {
            try {
              id = (await createCase(coordinator, parsed.data)).id;
            } catch (e) {
              expect((e as { code?: string }).code).toBe("INVALID_INPUT");
            }
          }
          const after = await db.case.count({ where: { createdById: coordinator.id } });
          if (!id) {
            expect(after).toBe(before);
            return;
          }
          saved++;
          expect(after).toBe(before + 1);
          const row = await db.case.findUniqueOrThrow({ where: { id }, include: { partners: true, themes: true } });
          expect(row.partners).toHaveLength(parsed.data!.partners.length);
          expect(row.themes).toHaveLength(parsed.data!.themeSlugs.length);
        },
      ),
      { numRuns: 300 },
    );
    // About 1 in 17 inputs is saved: the write path ran, not only refusals.
    expect(saved).toBeGreaterThan(3);
  });
});
