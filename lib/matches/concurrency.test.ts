import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { moveMatch, updateMatch } from "./mutations";
import { createTestMatch } from "./test-helpers";

let a: SessionUser;
let b: SessionUser;

beforeAll(async () => {
  a = await createUser({ role: "COORDINATOR" });
  b = await createUser({ role: "COORDINATOR" });
});

describe("two coordinators at once", () => {
  it("two simultaneous moves with the same version: exactly one wins, the other gets CONFLICT", async () => {
    for (let round = 0; round < 5; round++) {
      const m = await createTestMatch({ stage: "MATCHING", maxStageRank: 1 });
      const results = await Promise.allSettled([
        moveMatch(a, { id: m.id, to: "MEETING", expectedVersion: 0 }),
        moveMatch(b, { id: m.id, to: "DECLINED", expectedVersion: 0, declineReason: "TIMING" }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({ code: "CONFLICT" });
      const row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
      expect(row.version).toBe(1);
      // Only the winner's history row exists.
      expect(await db.matchStageChange.count({ where: { matchId: m.id } })).toBe(2);
    }
  });

  it("ten at once: one winner, nine conflicts, one history row", async () => {
    const m = await createTestMatch();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => moveMatch(i % 2 ? a : b, { id: m.id, to: "MATCHING", expectedVersion: 0 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected" && (r.reason as { code?: string }).code === "CONFLICT"),
    ).toHaveLength(9);
    expect(await db.matchStageChange.count({ where: { matchId: m.id, toStage: "MATCHING" } })).toBe(1);
  });

  it("an edit racing a move: one of them gets CONFLICT", async () => {
    const m = await createTestMatch();
    const edit = {
      id: m.id,
      expectedVersion: 0,
      coordinatorId: null,
      departmentId: null,
      contentOrganized: false,
      nextAction: "x",
      nextActionOn: null,
      expectedBudget: null,
      targetFiscalYear: null,
      scheme: null,
      internalNote: null,
    };
    const results = await Promise.allSettled([
      updateMatch(a, edit),
      moveMatch(b, { id: m.id, to: "MATCHING", expectedVersion: 0 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db.match.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(1);
  });
});
