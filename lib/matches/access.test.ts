import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { moveMatch, updateMatch } from "./mutations";
import { getMatch, listBoard, listMatches } from "./queries";
import { DEFAULT_FILTERS } from "./schema";
import { companyMemberOf, createTestMatch } from "./test-helpers";

// Who may read and write which match. 加賀市 (172065) owns `own`; 小美玉市 (082368) owns `other`.
let own: { id: string; companyId: string };
let other: { id: string };
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  own = await createTestMatch({ stage: "MATCHING", origin: "INTEREST" });
  other = await createTestMatch({ lgCode: "082368" });
  await db.match.update({
    where: { id: own.id },
    data: { internalNote: "社内だけのメモ", nextAction: "電話する", expectedBudget: 1_000_000n },
  });
  users.coordinator = await createUser({ role: "COORDINATOR" });
  users.admin = await createUser({ role: "ADMIN" });
  users.staffOwn = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  users.staffOther = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "082368" });
  users.staffPending = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065", status: "PENDING" });
  users.companyOwn = await companyMemberOf(own.companyId);
  users.companyOther = await createUser({ role: "COMPANY_MEMBER" });
});

const boardIds = async (u: SessionUser | null) =>
  (await listBoard(u, DEFAULT_FILTERS)).flatMap((c) => c.cards.map((m) => m.id));
const tableIds = async (u: SessionUser | null) => (await listMatches(u, DEFAULT_FILTERS, 1000)).items.map((m) => m.id);

describe("read", () => {
  it("coordinators and admins see every match with the internal note", async () => {
    for (const u of [users.coordinator, users.admin]) {
      const m = await getMatch(u, own.id);
      expect(m).toMatchObject({ viewer: "coordinator", internalNote: "社内だけのメモ" });
      expect(await getMatch(u, other.id)).not.toBeNull();
      expect(await tableIds(u)).toEqual(expect.arrayContaining([own.id, other.id]));
    }
  });

  it("approved staff see their own municipality's matches without the internal note; never another's", async () => {
    const m = await getMatch(users.staffOwn, own.id);
    expect(m).toMatchObject({ viewer: "staff", internalNote: null, nextAction: "電話する" });
    expect(m && "changes" in m && m.changes.every((c) => c.note === null)).toBe(true);
    expect(await getMatch(users.staffOwn, other.id)).toBeNull();
    expect(await boardIds(users.staffOwn)).toContain(own.id);
    expect(await boardIds(users.staffOwn)).not.toContain(other.id);
    expect(await getMatch(users.staffOther, own.id)).toBeNull();
    expect(await tableIds(users.staffOther)).not.toContain(own.id);
  });

  it("pending staff see nothing", async () => {
    expect(await getMatch(users.staffPending, own.id)).toBeNull();
    expect(await boardIds(users.staffPending)).toEqual([]);
  });

  it("a company sees only its own match's stage, and no board", async () => {
    expect(await getMatch(users.companyOwn, own.id)).toEqual({ viewer: "company", id: own.id, stage: "MATCHING" });
    expect(await getMatch(users.companyOther, own.id)).toBeNull();
    expect(await boardIds(users.companyOwn)).toEqual([]);
    expect(await tableIds(users.companyOwn)).toEqual([]);
  });

  it("signed out: nothing", async () => {
    expect(await getMatch(null, own.id)).toBeNull();
    expect(await boardIds(null)).toEqual([]);
  });
});

describe("write", () => {
  const edit = (id: string) => ({
    id,
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
  });

  it("only active coordinators and admins may move or edit", async () => {
    const m = await createTestMatch();
    const cases: [SessionUser | null, string][] = [
      [users.staffOwn, "FORBIDDEN"],
      [users.staffOther, "FORBIDDEN"],
      [users.staffPending, "FORBIDDEN"],
      [users.companyOwn, "FORBIDDEN"],
      [users.companyOther, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
      [await createUser({ role: "COORDINATOR", status: "PENDING" }), "PENDING_APPROVAL"],
    ];
    for (const [u, code] of cases) {
      await expect(moveMatch(u, { id: m.id, to: "MATCHING", expectedVersion: 0 })).rejects.toMatchObject({ code });
      await expect(updateMatch(u, edit(m.id))).rejects.toMatchObject({ code });
    }
    expect((await db.match.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(0);
    const r = await moveMatch(users.admin, { id: m.id, to: "MATCHING", expectedVersion: 0 });
    await updateMatch(users.coordinator, { ...edit(m.id), expectedVersion: r.version });
  });
});

describe("filters", () => {
  it("filter by stage, fiscal year, coordinator and stale, always inside visibility", async () => {
    const m = await createTestMatch({
      stage: "FEASIBILITY",
      coordinatorId: users.coordinator.id,
      lastActivityAt: new Date(Date.now() - 100 * 86_400_000),
    });
    await db.match.update({ where: { id: m.id }, data: { targetFiscalYear: 2031 } });
    const f = {
      ...DEFAULT_FILTERS,
      stage: "FEASIBILITY" as const,
      fy: 2031,
      coordinator: users.coordinator.id,
      stale: "1" as const,
    };
    expect(await tableIds(users.coordinator)).toContain(m.id);
    const hit = await listMatches(users.coordinator, f, 50);
    expect(hit.items.map((x) => x.id)).toEqual([m.id]);
    expect(hit.items[0].stale).toBe(true);
    expect((await listMatches(users.coordinator, { ...f, fy: 2032 }, 50)).total).toBe(0);
    expect((await listMatches(users.staffOther, f, 50)).total).toBe(0);
  });
});
