// Arbitrary objects thrown at the sign-up mutations: they must answer ok or field errors, never
// throw, and the database must hold either the complete account or nothing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import { getMunicipality, uid } from "@/tests/fixtures/factories";
import { mostly } from "@/tests/fixtures/property";
import { signUpCompany, signUpStaff } from "./mutations";

const junk = fc.oneof(fc.anything(), fc.string({ maxLength: 20 }), fc.constant(""), fc.constant(undefined));
const maybe = <T>(good: fc.Arbitrary<T>) => mostly(good, junk, 3);

async function storedByEmail(email: unknown) {
  if (typeof email !== "string") return null;
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { memberships: { include: { organization: true } } },
  });
}

describe("sign-up mutations under fuzz", () => {
  it("signUpCompany: ok with a full account, or field errors with nothing stored", async () => {
    let oks = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          fc.record(
            {
              companyName: maybe(fc.string({ minLength: 1, maxLength: 30 })),
              name: maybe(fc.string({ minLength: 1, maxLength: 30 })),
              emailCase: fc.boolean(),
              password: maybe(fc.string({ minLength: 15, maxLength: 40 })),
            },
            // fast-check leaves each optional key out half the time, so required fields are kept; junk
            // (which includes undefined) still stands in for them now and then.
            { requiredKeys: ["companyName", "name", "emailCase", "password"] },
          ),
        ),
        async (v) => {
          const tag = uid();
          let input: unknown = v;
          if (v && typeof v === "object" && "emailCase" in v) {
            const rec = v as { companyName?: unknown; emailCase: boolean };
            // Tag the name so a half-written organisation could be found after a failure.
            const companyName = typeof rec.companyName === "string" ? `${tag}${rec.companyName}` : rec.companyName;
            input = { ...rec, companyName, email: rec.emailCase ? `Fz-${tag}@Example.jp` : `fz-${tag}@example.jp` };
          }
          const r = await signUpCompany(input);
          expect(typeof r.ok).toBe("boolean");
          const email = (input as { email?: unknown } | null)?.email;
          const stored = await storedByEmail(email);
          if (r.ok) {
            oks++;
            expect(stored?.memberships).toHaveLength(1);
            expect(stored?.memberships[0].organization.kind).toBe("COMPANY");
          } else {
            expect(r.fieldErrors).toBeTypeOf("object");
            expect(stored).toBeNull();
            expect(await db.organization.count({ where: { name: { startsWith: tag } } })).toBe(0);
          }
        },
      ),
      // About 1 in 4 signs up: ~25 per run.
      { numRuns: 100 },
    );
    // Guard against a generator that only ever produces rejected input.
    expect(oks).toBeGreaterThan(5);
  });

  it("signUpStaff: ok with a PENDING user and membership, or nothing", async () => {
    let oks = 0;
    const kaga = await getMunicipality("172065");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          fc.record(
            {
              name: maybe(fc.string({ minLength: 1, maxLength: 30 })),
              password: maybe(fc.string({ minLength: 15, maxLength: 40 })),
              municipalityId: maybe(fc.constant(kaga.id)),
              departmentName: maybe(fc.string({ maxLength: 70 })),
              note: maybe(fc.string({ maxLength: 50 })),
              prefectureCode: junk,
            },
            { requiredKeys: ["name", "password", "municipalityId"] },
          ),
        ),
        async (v) => {
          const tag = uid();
          const input =
            v && typeof v === "object" && !Array.isArray(v) ? { ...v, email: `st-${tag}@city.kaga.lg.jp` } : v;
          const r = await signUpStaff(input);
          expect(typeof r.ok).toBe("boolean");
          const stored = await storedByEmail((input as { email?: unknown } | null)?.email);
          if (r.ok) {
            oks++;
            expect(stored).toMatchObject({ status: "PENDING", role: "MUNICIPAL_STAFF" });
            expect(stored?.memberships[0].organizationId).toBe(kaga.id);
          } else {
            expect(stored).toBeNull();
          }
        },
      ),
      // About 1 in 6 signs up: ~20 per run.
      { numRuns: 120 },
    );
    // Guard against a generator that only ever produces rejected input.
    expect(oks).toBeGreaterThan(5);
  });
});
