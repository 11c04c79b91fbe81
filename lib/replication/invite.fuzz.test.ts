// The invitation's text is made from names in the database (a case title a coordinator typed, a company name a
// company typed): whatever they hold, the result must be a valid direct inquiry, name the case and link the
// challenge. And the two actions' inputs refuse anything but ids, without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/fields";
import { directInquirySchema } from "@/lib/companies/schema";
import { withJunkFields } from "@/tests/fixtures/property";
import { inviteMessage } from "./invite-message";
import { inviteInputSchema, replicateInputSchema } from "./schema";

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", "   ", "\u0000\u0007\r\n\t", '=HYPERLINK("x")', "[x](javascript:alert(1))", "あ".repeat(5000)),
);
const id = fc.stringMatching(/^[a-z0-9]{25}$/);

describe("inviteMessage", () => {
  it("is always a valid direct inquiry that names the case and links the challenge", () => {
    let named = 0;
    fc.assert(
      fc.property(
        fc.record({
          company: text,
          municipality: text,
          department: fc.option(text),
          caseTitle: text,
          caseMunicipality: text,
          challengeTitle: text,
        }),
        (f) => {
          const m = inviteMessage(f);
          const parsed = directInquirySchema.parse({ companyId: "c".repeat(25), ...m });
          // Nothing the schema would change: what is stored is what this function wrote.
          expect(parsed.subject).toBe(m.subject);
          expect(parsed.body).toBe(m.body);
          expect(m.subject.length).toBeLessThanOrEqual(100);
          expect(m.body).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
          const title = cleanText(f.caseTitle).replace(/\s+/g, " ");
          if (title && title.length < 200) {
            named++;
            expect(m.body).toContain(`事例「${title}」`);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(named).toBeGreaterThan(100);
  });
});

describe("the actions' inputs", () => {
  it("accept two ids and nothing else, never throwing", () => {
    let accepted = 0;
    const valid = fc.record({ challengeId: id, companyId: id, caseId: id });
    fc.assert(
      fc.property(withJunkFields(valid, ["challengeId", "companyId", "caseId"]), (raw) => {
        const a = inviteInputSchema.safeParse(raw);
        const b = replicateInputSchema.safeParse(raw);
        if (a.success) {
          accepted++;
          expect(Object.keys(a.data).sort()).toEqual(["challengeId", "companyId"]);
          expect(a.data.challengeId).toMatch(/^[A-Za-z0-9_-]+$/);
        }
        if (b.success) expect(Object.keys(b.data)).toEqual(["caseId"]);
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
