import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { withCheckDigit } from "./corporate-number";
import { saveCompanyProfile } from "./mutations";
import { mostly, withJunkFields } from "@/tests/fixtures/property";
import { companyProfileSchema, directInquirySchema, parseCompanyFilters } from "./schema";

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constant(""),
  fc.constant("  "),
  fc.constant("\u0000"),
  fc.anything(),
);
const corp = fc.oneof(
  fc.stringMatching(/^\d{12}$/).map(withCheckDigit),
  fc.stringMatching(/^\d{13}$/),
  fc.string(),
  fc.anything(),
);
const profileLike = (organizationId: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      organizationId,
      name: text,
      corporateNumber: corp,
      prefectureCode: fc.oneof(fc.constantFrom("13", "17", "00", "48", ""), fc.anything()),
      hqMunicipalityId: fc.oneof(fc.constant(""), fc.string(), fc.anything()),
      size: fc.oneof(fc.constantFrom("MICRO", "LARGE", "HUGE", ""), fc.anything()),
      industries: fc.oneof(fc.subarray(["IT", "ENERGY", "OTHER", "BOGUS"]), fc.anything()),
      capabilities: text,
      services: text,
      regionsServed: fc.oneof(fc.subarray(["01", "13", "47", "99"]), fc.array(fc.string()), fc.anything()),
      website: fc.oneof(fc.webUrl(), fc.constant("javascript:alert(1)"), text),
      description: text,
      contactName: text,
      contactEmail: fc.oneof(fc.emailAddress(), text),
      contactPhone: fc.oneof(fc.constantFrom("03-1234-5678", "０３-１２３４-５６７８", "abc"), text),
    },
    { requiredKeys: [] },
  );

/** A plausible submission, half the time with one to three fields replaced by anything: many saves, many refusals.
 *  With junk in every submission about 6 % parsed, and the "something was saved" guard needed 400 runs. */
const mostlyValid = withJunkFields(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 110 }),
    corporateNumber: fc.option(fc.stringMatching(/^\d{12}$/).map(withCheckDigit), { nil: undefined }),
    prefectureCode: fc.constantFrom("13", "17", undefined),
    size: fc.constantFrom("MICRO", "LARGE", undefined),
    industries: fc.subarray(["IT", "ENERGY", "OTHER"], { minLength: 1 }),
    capabilities: fc.string(),
    services: fc.string(),
    regionsServed: fc.subarray(["01", "13", "47"]),
    contactEmail: fc.option(fc.emailAddress(), { nil: undefined }),
  }),
  [
    "name",
    "corporateNumber",
    "industries",
    "regionsServed",
    "size",
    "contactPhone",
    "website",
    "hqMunicipalityId",
    "services",
  ],
);

describe("schema fuzz", () => {
  it("profile, inquiry and filter parsing never throw", () => {
    fc.assert(
      fc.property(fc.oneof(profileLike(fc.oneof(fc.constant("abc"), fc.anything())), fc.anything()), (v) => {
        expect(typeof companyProfileSchema.safeParse(v).success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ companyId: fc.oneof(fc.constant("abc"), text), subject: text, body: text }, { requiredKeys: [] }),
          fc.anything(),
        ),
        (v) => {
          expect(typeof directInquirySchema.safeParse(v).success).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("q", "industry", "region", "size", "track", "page", "x"),
          fc.oneof(fc.string(), fc.array(fc.string()), fc.anything()),
        ),
        (v) => {
          expect(parseCompanyFilters(v).page).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("save-profile fuzz against the database", () => {
  let member: SessionUser;
  beforeAll(async () => {
    member = await createUser({ role: "COMPANY_MEMBER" });
  });

  it("arbitrary input stores a complete profile or nothing", async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(mostly(mostlyValid, profileLike(fc.constant("")), 3), async (raw) => {
        const id = member.organizationId!;
        const before = await db.organization.findUniqueOrThrow({ where: { id }, include: { companyProfile: true } });
        const parsed = companyProfileSchema.safeParse({ ...raw, organizationId: id });
        let ok = false;
        if (parsed.success) {
          try {
            ok = (await saveCompanyProfile(member, parsed.data)).ok;
          } catch (e) {
            expect(e).toBeTruthy();
          }
        }
        const after = await db.organization.findUniqueOrThrow({ where: { id }, include: { companyProfile: true } });
        if (!ok) {
          expect({
            ...after,
            updatedAt: null,
            companyProfile: after.companyProfile && { ...after.companyProfile, updatedAt: null },
          }).toEqual({
            ...before,
            updatedAt: null,
            companyProfile: before.companyProfile && { ...before.companyProfile, updatedAt: null },
          });
          return;
        }
        saved++;
        const d = parsed.data!;
        expect(after.name).toBe(d.name);
        expect(after.corporateNumber).toBe(d.corporateNumber ?? null);
        expect(after.companyProfile?.industries).toEqual(d.industries);
        expect(after.companyProfile?.regionsServed).toEqual(d.regionsServed);
        expect(after.companyProfile?.contactEmail).toBe(d.contactEmail ?? null);
      }),
      { numRuns: 200 },
    );
    // About 1 in 12 inputs is saved: the write path ran, not only refusals.
    expect(saved).toBeGreaterThan(3);
  });
});
