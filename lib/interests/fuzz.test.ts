import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { expressInterest } from "./mutations";
import {
  approveSummarySchema,
  declineSchema,
  expressSchema,
  introduceSchema,
  screeningSchema,
  type StoredAnswer,
} from "./schema";
import { mostly } from "@/tests/fixtures/property";
import { createChallenge, quickCompanyMember } from "./test-helpers";

const anyValue = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
});
const text = fc.oneof(
  fc.string({ maxLength: 1200 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", " ", "\u0000", "　", "\u202e"),
);

describe("schemas never throw", () => {
  it("screening and interest schemas, on anything", () => {
    const schemas = [screeningSchema, expressSchema, declineSchema, introduceSchema, approveSummarySchema];
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    let questionLists = 0;
    let answerLists = 0;
    fc.assert(
      fc.property(
        anyValue,
        fc.record({
          challengeId: mostly(id, fc.oneof(fc.string(), anyValue)),
          questions: mostly(fc.array(text, { maxLength: 8 }), anyValue),
          answers: mostly(
            fc.array(fc.record({ questionId: id, answer: mostly(fc.string({ minLength: 1, maxLength: 300 }), text) }), {
              maxLength: 5,
            }),
            fc.oneof(fc.array(fc.record({ questionId: fc.string(), answer: text }), { maxLength: 7 }), anyValue),
          ),
          message: fc.oneof(text, anyValue),
          id: mostly(id, fc.string()),
          reason: text,
          summary: text,
          companyId: mostly(id, fc.string()),
        }),
        (raw, shaped) => {
          for (const s of schemas) {
            for (const input of [raw, shaped]) {
              const r = s.safeParse(input);
              if (r.success && "questions" in r.data) {
                questionLists++;
                expect(r.data.questions.length).toBeLessThanOrEqual(5);
                for (const q of r.data.questions) expect(q.length).toBeGreaterThan(0);
              }
              if (r.success && "answers" in r.data) {
                answerLists++;
                for (const a of r.data.answers) expect(a.answer.length).toBeGreaterThan(0);
              }
            }
          }
        },
      ),
      { numRuns: 400 },
    );
    // Anything-at-all ids almost never parse: this generator once reached the answer checks 4–6 times in 1,000.
    expect(questionLists).toBeGreaterThan(40);
    expect(answerLists).toBeGreaterThan(40);
  });
});

describe("express with arbitrary answers", () => {
  let staff: SessionUser;
  beforeAll(async () => {
    staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  });

  it("stores one complete row or nothing", async () => {
    const c = await createChallenge(staff, { questions: ["実績は？", "体制は？"] });
    const ids = c.screeningQuestions.map((q) => q.id);
    // Half the runs answer both questions (with arbitrary text), so the success path is well exercised.
    const answerArb = fc.oneof(
      fc.array(
        fc.record({ questionId: fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 70 })), answer: text }),
        { maxLength: 4 },
      ),
      fc.tuple(text, text).map(([a, b]) => [
        { questionId: ids[0], answer: a },
        { questionId: ids[1], answer: b },
      ]),
    );
    const seen = { parsed: 0, stored: 0 };
    await fc.assert(
      fc.asyncProperty(answerArb, fc.option(text), async (answers, message) => {
        const company = await quickCompanyMember();
        const parsed = expressSchema.safeParse({ challengeId: c.id, answers, message });
        if (parsed.success) {
          seen.parsed++;
          const r = await expressInterest(company, parsed.data);
          const rows = await db.interest.findMany({ where: { companyId: company.organizationId! } });
          if (r.ok) {
            seen.stored++;
            expect(rows).toHaveLength(1);
            const stored = rows[0].answers as StoredAnswer[];
            expect(stored.map((a) => a.questionId)).toEqual(ids);
            for (const a of stored) expect(a.answer.trim().length).toBeGreaterThan(0);
          } else {
            expect(rows).toHaveLength(0);
          }
        }
      }),
      { numRuns: 150 },
    );
    // About 2 in 5 parse and 1 in 4 is stored.
    expect(seen.parsed).toBeGreaterThan(20);
    expect(seen.stored).toBeGreaterThan(10);
  });
});
