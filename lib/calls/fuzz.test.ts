// Hostile and random input on the theme-call forms: the schemas never throw, and what they accept is what the
// database may hold (no control characters, within the lengths, a deadline from today, at least one department).
// A submitted answer goes through the real mutation too, so the stored text is checked, not only the parse.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mostly, withJunkFields } from "@/tests/fixtures/property";
import { cityHall, inDays, openCall, type CityHall } from "@/tests/fixtures/calls";
import { submitAnswer } from "./answers";
import { titleFrom } from "./draft";
import {
  answerSchema,
  askBackSchema,
  createCallSchema,
  editAnswerSchema,
  mergeSchema,
  remindSchema,
  todayInJapan,
  turnSchema,
} from "./schema";

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.constantFrom("", " ", "\u0000", "　", "\u202e", "a\u0000b", "<script>alert(1)</script>", "x".repeat(5000)),
);
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const anyValue = fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withMap: true });

describe("theme-call forms under random input", () => {
  it("the desk's new-call form", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        withJunkFields(
          fc.record({
            themeId: mostly(id, text),
            title: mostly(fc.string({ minLength: 1, maxLength: 120 }), text),
            deadline: mostly(fc.integer({ min: -3, max: 400 }).map(inDays), text),
            note: text,
            departmentIds: mostly(fc.array(id, { maxLength: 6 }), anyValue),
            newDepartment: text,
          }),
          ["themeId", "title", "deadline", "note", "departmentIds", "newDepartment"],
        ),
        (raw) => {
          const r = createCallSchema.safeParse(raw);
          if (!r.success) return;
          accepted++;
          const v = r.data;
          for (const s of [v.title, v.note ?? "", v.newDepartment ?? ""])
            expect(s).not.toMatch(/[\u0000-\u001F\u007F]/u);
          expect(v.title.length).toBeGreaterThan(0);
          expect(v.title.length).toBeLessThanOrEqual(100);
          expect(v.deadline >= todayInJapan()).toBe(true);
          expect(new Set(v.departmentIds).size).toBe(v.departmentIds.length);
          expect(v.departmentIds.length > 0 || !!v.newDepartment).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(40);
  });

  it("the department's answer and the desk's small forms never throw", () => {
    let accepted = 0;
    const schemas = [answerSchema, editAnswerSchema, remindSchema, mergeSchema, askBackSchema, turnSchema];
    fc.assert(
      fc.property(
        withJunkFields(
          fc.record({
            callId: id,
            answerId: id,
            intoId: id,
            departmentId: id,
            version: mostly(fc.nat(50), anyValue),
            trouble: mostly(fc.string({ minLength: 1, maxLength: 200 }), text),
            tried: text,
            expectation: text,
            question: text,
          }),
          ["callId", "answerId", "version", "trouble", "tried", "expectation", "question"],
        ),
        (raw) => {
          for (const s of schemas) {
            const r = s.safeParse(raw);
            if (!r.success) continue;
            accepted++;
            for (const v of Object.values(r.data)) if (typeof v === "string") expect(v).not.toMatch(CONTROL);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it("a draft's title is one line of at most 100 characters", () => {
    fc.assert(
      fc.property(text, (s) => {
        const t = titleFrom(s);
        expect(t).not.toContain("\n");
        expect(t.length).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("answers stored from random text", () => {
  let h: CityHall;
  let callId: string;
  beforeAll(async () => {
    h = await cityHall();
    callId = (await openCall(h)).id;
  });

  it("keep what the department wrote, cleaned of control characters, line breaks kept", async () => {
    const samples = fc.sample(
      fc.record({ trouble: fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), tried: text }),
      25,
    );
    samples.push({ trouble: "一行目\r\n・二行目\u0000\n\t三行目", tried: "\u0007" });
    for (const raw of samples) {
      const parsed = answerSchema.safeParse({ callId, ...raw });
      if (!parsed.success) continue;
      const r = await submitAnswer(h.a, parsed.data);
      expect(r.ok).toBe(true);
      const row = await db.themeCallAnswer.findUniqueOrThrow({ where: { id: r.ok ? r.id : "" } });
      expect(row.trouble).toBe(parsed.data.trouble);
      expect(row.trouble).not.toMatch(CONTROL);
    }
    const last = await db.themeCallAnswer.findFirstOrThrow({ where: { callId }, orderBy: { createdAt: "desc" } });
    expect(last.trouble).toBe("一行目\n・二行目\n\t三行目");
    expect(last.tried).toBeNull();
  });
});
