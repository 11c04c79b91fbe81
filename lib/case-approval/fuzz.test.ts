// The company's answer with hostile input: any comment, decision, version or id either is refused by the schema
// (the case unchanged) or is stored as cleaned text the clerk reads back, never a 500 and never another case.
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mostly } from "@/tests/fixtures/property";
import { answerApproval } from "./approval";
import { createCaseFromMatch } from "./create";
import { approvalAnswerSchema } from "./schema";
import { caseCast, loopMatch, type CaseCast } from "./test-helpers";

let cast: CaseCast;
let caseId = "";
beforeAll(async () => {
  cast = await caseCast();
  const { match } = await loopMatch(cast);
  const r = await createCaseFromMatch(cast.staff, match.id);
  if (!r.ok) throw new Error(r.reason);
  caseId = r.id;
});

const nasty = fc.oneof(
  fc.string({ maxLength: 2100 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", "   ", "\u0000", "a\u0000b", "\u202Eevil", "<script>alert(1)</script>", "x".repeat(2001)),
  fc.anything(),
);

it("any answer is refused whole or stored as cleaned text", async () => {
  let stored = 0;
  await fc.assert(
    fc.asyncProperty(
      mostly(fc.constantFrom("approve", "changes"), fc.anything()),
      mostly(fc.constant(0), fc.oneof(fc.integer(), fc.string(), fc.anything())),
      mostly(fc.string({ minLength: 1 }), nasty),
      async (decision, version, comment) => {
        await db.case.update({
          where: { id: caseId },
          data: { companyApproval: "REQUESTED", approvalComment: null, approvedVersion: null, contentVersion: 0 },
        });
        const parsed = approvalAnswerSchema.safeParse({ id: caseId, version, decision, comment });
        if (!parsed.success) {
          expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).companyApproval).toBe("REQUESTED");
          return;
        }
        const r = await answerApproval(cast.company, parsed.data);
        const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
        if (parsed.data.version !== 0) {
          expect(r).toEqual({ ok: false, reason: "stale" });
          return;
        }
        stored++;
        if (parsed.data.decision === "approve") {
          expect(c.companyApproval).toBe("APPROVED");
          return;
        }
        expect(c.companyApproval).toBe("CHANGES_REQUESTED");
        expect(c.approvalComment).toBe(parsed.data.comment);
        expect(c.approvalComment!.length).toBeLessThanOrEqual(2000);
        expect(c.approvalComment).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      },
    ),
    { numRuns: 150 },
  );
  expect(stored).toBeGreaterThan(40);
});
