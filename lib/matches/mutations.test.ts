import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { moveMatch, updateMatch } from "./mutations";
import { moveSchema } from "./schema";
import { PIPELINE } from "./stages";
import { companyMemberOf, createTestMatch } from "./test-helpers";

let coordinator: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  coordinator = await createUser({ role: "COORDINATOR" });
  admin = await createUser({ role: "ADMIN" });
});

const history = (matchId: string) =>
  db.matchStageChange.findMany({
    where: { matchId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { fromStage: true, toStage: true, note: true, actorId: true },
  });

describe("moveMatch", () => {
  it("walks every stage in order: history rows, maxStageRank, version, timestamps", async () => {
    const m = await createTestMatch({ lastActivityAt: new Date("2020-01-01") });
    const started = Date.now();
    let version = 0;
    for (const [i, to] of PIPELINE.slice(1).entries()) {
      const r = await moveMatch(coordinator, { id: m.id, to, expectedVersion: version, note: `メモ${i}` });
      expect(r).toEqual({ id: m.id, stage: to, version: version + 1 });
      version = r.version;
      const row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
      expect(row.stage).toBe(to);
      expect(row.maxStageRank).toBe(i + 1);
      // Set by this move, not left at 2020: no bound on how long the move took.
      expect(row.lastActivityAt.getTime()).toBeGreaterThanOrEqual(started);
      expect(row.stageChangedAt.getTime()).toBe(row.lastActivityAt.getTime());
    }
    const h = await history(m.id);
    expect(h.map((x) => [x.fromStage, x.toStage])).toEqual([
      [null, "INTEREST"],
      ["INTEREST", "MATCHING"],
      ["MATCHING", "MEETING"],
      ["MEETING", "FEASIBILITY"],
      ["FEASIBILITY", "BUDGETED"],
    ]);
    expect(h.slice(1).every((x) => x.actorId === coordinator.id)).toBe(true);
    expect(h[1].note).toBe("メモ0");
  });

  it("a skipped stage counts as passed; moving back keeps the furthest rank", async () => {
    const m = await createTestMatch();
    const a = await moveMatch(admin, { id: m.id, to: "FEASIBILITY", expectedVersion: 0 });
    expect((await db.match.findUniqueOrThrow({ where: { id: m.id } })).maxStageRank).toBe(3);
    await moveMatch(admin, { id: m.id, to: "MATCHING", expectedVersion: a.version });
    const row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
    expect([row.stage, row.maxStageRank]).toEqual(["MATCHING", 3]);
  });

  it("declines with a reason, keeps maxStageRank, and reopens (reason cleared)", async () => {
    const m = await createTestMatch({ stage: "MEETING", maxStageRank: 2 });
    const d = await moveMatch(coordinator, {
      id: m.id,
      to: "DECLINED",
      expectedVersion: 0,
      declineReason: "OTHER",
      declineNote: "別事業に統合",
    });
    let row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
    expect([row.stage, row.maxStageRank, row.declineReason, row.declineNote]).toEqual([
      "DECLINED",
      2,
      "OTHER",
      "別事業に統合",
    ]);
    await moveMatch(coordinator, { id: m.id, to: "MEETING", expectedVersion: d.version });
    row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
    expect([row.stage, row.maxStageRank, row.declineReason, row.declineNote]).toEqual(["MEETING", 2, null, null]);
    expect((await history(m.id)).map((x) => x.toStage)).toEqual(["MEETING", "DECLINED", "MEETING"]);
  });

  it("見送り needs a reason from the list, and free text for その他", () => {
    const base = { id: "m1", to: "DECLINED", expectedVersion: 0 };
    expect(moveSchema.safeParse(base).success).toBe(false);
    expect(moveSchema.safeParse({ ...base, declineReason: "MADE_UP" }).success).toBe(false);
    expect(moveSchema.safeParse({ ...base, declineReason: "OTHER" }).success).toBe(false);
    expect(moveSchema.safeParse({ ...base, declineReason: "OTHER", declineNote: "  " }).success).toBe(false);
    expect(moveSchema.safeParse({ ...base, declineReason: "OTHER", declineNote: "理由" }).success).toBe(true);
    expect(moveSchema.safeParse({ ...base, declineReason: "NO_BUDGET" }).success).toBe(true);
  });

  it("a stale version or the same stage changes nothing", async () => {
    const m = await createTestMatch();
    await expect(moveMatch(coordinator, { id: m.id, to: "MATCHING", expectedVersion: 3 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(moveMatch(coordinator, { id: m.id, to: "INTEREST", expectedVersion: 0 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      moveMatch(coordinator, { id: "no-such-match", to: "MATCHING", expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await history(m.id)).toHaveLength(1);
  });

  it("tells the company members the stage label only (no note, no reason)", async () => {
    const m = await createTestMatch({ origin: "INTEREST" });
    const member = await companyMemberOf(m.companyId);
    await moveMatch(coordinator, { id: m.id, to: "MEETING", expectedVersion: 0, note: "社内の秘密メモ" });
    const d = await moveMatch(coordinator, {
      id: m.id,
      to: "DECLINED",
      expectedVersion: 1,
      declineReason: "OTHER",
      declineNote: "社外秘の理由",
    });
    expect(d.version).toBe(2);
    const notes = await db.notification.findMany({
      where: { userId: member.id, type: "MATCH_STAGE_CHANGED" },
      orderBy: { createdAt: "asc" },
    });
    expect(notes.map((n) => n.title)).toEqual([
      expect.stringContaining("「商談」"),
      expect.stringContaining("「見送り」"),
    ]);
    expect(notes.some((n) => `${n.title} ${n.body ?? ""}`.includes("秘"))).toBe(false);
  });

  it("an introduction the municipality has not accepted is not announced to the company", async () => {
    const m = await createTestMatch({ origin: "INTRODUCTION" });
    const member = await companyMemberOf(m.companyId);
    await moveMatch(coordinator, { id: m.id, to: "MATCHING", expectedVersion: 0 });
    expect(await db.notification.count({ where: { userId: member.id } })).toBe(0);
  });
});

describe("updateMatch", () => {
  it("saves the working data under the version guard and counts as activity", async () => {
    const m = await createTestMatch({ lastActivityAt: new Date("2020-01-01") });
    const dept = await db.department.create({
      data: { organizationId: m.municipalityId, name: `更新テスト課 ${m.id}` },
    });
    const input = {
      id: m.id,
      expectedVersion: 0,
      coordinatorId: coordinator.id,
      departmentId: dept.id,
      contentOrganized: true,
      nextAction: "見積りを出す",
      nextActionOn: "2026-05-01",
      expectedBudget: 5_000_000,
      targetFiscalYear: 2027,
      scheme: "TENDER" as const,
      internalNote: "内部メモ",
    };
    expect(await updateMatch(coordinator, input)).toEqual({ id: m.id, version: 1 });
    const row = await db.match.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({
      coordinatorId: coordinator.id,
      departmentId: dept.id,
      contentOrganized: true,
      nextAction: "見積りを出す",
      // The budget fields are the budget path's now (lib/budget-path): this form leaves them as they were.
      expectedBudget: null,
      targetFiscalYear: null,
      scheme: null,
      internalNote: "内部メモ",
      version: 1,
    });
    expect(row.nextActionOn?.toISOString().slice(0, 10)).toBe("2026-05-01");
    expect(row.lastActivityAt.getFullYear()).toBeGreaterThan(2020);
    await expect(updateMatch(coordinator, input)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects another municipality's department and a coordinator who is not an active coordinator", async () => {
    const m = await createTestMatch();
    const other = await createTestMatch({ lgCode: "082368" });
    const foreign = await db.department.create({
      data: { organizationId: other.municipalityId, name: `他市の課 ${other.id}` },
    });
    const pending = await createUser({ role: "COORDINATOR", status: "PENDING" });
    const staff = await createUser({ role: "MUNICIPAL_STAFF" });
    const base = {
      id: m.id,
      expectedVersion: 0,
      coordinatorId: null,
      departmentId: null,
      contentOrganized: false,
      nextAction: null,
      nextActionOn: null,
      expectedBudget: null,
      targetFiscalYear: null,
      scheme: null,
      internalNote: null,
    };
    await expect(updateMatch(coordinator, { ...base, departmentId: foreign.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(updateMatch(coordinator, { ...base, coordinatorId: pending.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(updateMatch(coordinator, { ...base, coordinatorId: staff.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await db.match.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(0);
    await updateMatch(coordinator, { ...base, coordinatorId: admin.id });
  });
});
