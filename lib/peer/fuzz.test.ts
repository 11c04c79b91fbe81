// Hostile input to the two forms of the questions between municipalities (the question, a message): the schemas
// never throw, accepted text is clean (no NUL or other control character reaches PostgreSQL), 20,000 characters are
// refused with the field's message, malformed ids never reach a query, and what is accepted is stored as parsed.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { errorCodeOf } from "@/lib/errors";
import { reset } from "@/lib/auth/rate-limit";
import { mostly, withJunkFields } from "@/tests/fixtures/property";
import { askPeer, closePeer, replyPeer } from "./mutations";
import { askKey, askSchema, BODY_MAX, replySchema, SUBJECT_MAX } from "./schema";
import { caseOf, clerk, town } from "./test-helpers";

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "　",
    "\u202e",
    "<script>alert(1)</script>",
    "a\r\nb\u000bc",
    "x".repeat(20_000),
  ),
);
const words = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).map((s) => `質問${s}`);
const badId = fc.constantFrom(
  "",
  " ",
  "../x",
  "a b",
  "\u0000",
  "x".repeat(65),
  '\'; DROP TABLE "PeerQuestion";--',
  "ｉｄ",
);

const code = (p: Promise<unknown>) => p.then(() => "ok", errorCodeOf);

let me: Awaited<ReturnType<typeof clerk>>;
let them: Awaited<ReturnType<typeof clerk>>;
let caseId: string;
beforeAll(async () => {
  me = await clerk((await town("ファズ町")).id);
  const t = await town("ファズ市");
  them = await clerk(t.id);
  caseId = (await caseOf(t.id)).id;
});

describe("the question form", () => {
  it("never throws; accepted records are clean and stored as parsed", async () => {
    const valid = fc.record({
      caseId: mostly(fc.constant(caseId), badId),
      subject: mostly(words, text),
      body: mostly(words, text),
    });
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(withJunkFields(valid, ["caseId", "subject", "body"]), async (raw) => {
        const r = askSchema.safeParse(raw);
        if (!r.success) return;
        expect(r.data.subject).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
        expect(r.data.body).not.toMatch(CONTROL);
        expect(r.data.subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
        expect(r.data.body.length).toBeLessThanOrEqual(BODY_MAX);
        await reset(askKey(me.id));
        // A junk field that happens to look like an id names no case: refused like a made-up id.
        if (r.data.caseId !== caseId) {
          expect(await code(askPeer(me, r.data))).toBe("NOT_FOUND");
          return;
        }
        const made = await askPeer(me, r.data);
        if (!made.ok || made.existing) throw new Error(`unexpected ${JSON.stringify(made)}`);
        stored++;
        const q = await db.peerQuestion.findUniqueOrThrow({ where: { id: made.id }, include: { messages: true } });
        expect(q.subject).toBe(r.data.subject);
        expect(q.messages.map((m) => m.body)).toEqual([r.data.body]);
        await closePeer(me, made.id);
      }),
      { numRuns: 120 },
    );
    expect(stored).toBeGreaterThan(20);
  });

  it("refuses 20,000 characters, NUL-only text and malformed ids with the field's message", () => {
    const r = askSchema.safeParse({ caseId: "../x", subject: "\u0000\u0000", body: "あ".repeat(20_000) });
    expect(r.success).toBe(false);
    const errors = r.success ? {} : (r.error.flatten().fieldErrors as Record<string, string[]>);
    expect(errors.caseId).toEqual(["IDが正しくありません"]);
    expect(errors.subject).toEqual(["件名を入力してください"]);
    expect(errors.body).toEqual([`${BODY_MAX}文字以内で入力してください`]);
  });
});

describe("a message in the conversation", () => {
  it("never throws; an accepted message is stored as parsed", async () => {
    await reset(askKey(me.id));
    const made = await askPeer(me, { caseId, subject: "ファズ用の質問", body: "本文" });
    const questionId = made.ok ? made.id : "";
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(
        withJunkFields(fc.record({ questionId: mostly(fc.constant(questionId), badId), body: mostly(words, text) }), [
          "questionId",
          "body",
        ]),
        fc.boolean(),
        async (raw, answering) => {
          const r = replySchema.safeParse(raw);
          if (!r.success) return;
          expect(r.data.body).not.toMatch(CONTROL);
          // An assertion's value is not returned: fast-check reads a returned false as a failed property.
          if (r.data.questionId !== questionId) {
            expect(await code(replyPeer(me, r.data))).toBe("NOT_FOUND");
            return;
          }
          expect(await replyPeer(answering ? them : me, r.data)).toEqual({ ok: true });
          stored++;
          const last = await db.peerMessage.findFirstOrThrow({
            where: { questionId },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          });
          expect(last.body).toBe(r.data.body);
        },
      ),
      { numRuns: 100 },
    );
    expect(stored).toBeGreaterThan(20);
  });
});
