import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, getMunicipality } from "@/tests/fixtures/factories";
import { mostly, withJunkFields } from "@/tests/fixtures/property";
import { addBusinessDays, DESK_DEFAULTS } from "./due";
import { jst, proposalIn, proposingCompany } from "./overdue-fixtures";
import { deskSettingFor, dueAtFor, saveDeskSettings } from "./settings";
import { deskSettingsSchema } from "./settings-schema";

// 函館市 and 小樽市: municipalities no other test file writes proposals or settings for.
const LG = "012025";
const OTHER_LG = "012033";
let desk: SessionUser;
let colleague: SessionUser;
let company: SessionUser;
let municipalityId: string;

beforeAll(async () => {
  desk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, isDesk: true, department: "政策推進課" });
  colleague = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, department: "子育て支援課" });
  company = await proposingCompany();
  municipalityId = desk.organizationId!;
});

describe("the settings form", () => {
  it("reads days as clerks type them and refuses what is out of range, in Japanese", () => {
    const ok = deskSettingsSchema.safeParse({ firstAnswerDays: "１０", stepDays: " 20 ", publicLog: "on" });
    expect(ok.success && ok.data).toEqual({ firstAnswerDays: 10, stepDays: 20, publicLog: true });
    const bad = deskSettingsSchema.safeParse({ firstAnswerDays: 61, stepDays: 0 });
    expect(bad.success).toBe(false);
    const errors = bad.error!.flatten().fieldErrors;
    expect(errors.firstAnswerDays?.[0]).toContain("1〜60");
    expect(errors.stepDays?.[0]).toContain("1〜120");
    for (const v of ["", "3.5", "-1", "1e3", "abc", null, [], {}, 1e20])
      expect(deskSettingsSchema.safeParse({ firstAnswerDays: v, stepDays: 5 }).success, String(v)).toBe(false);
    expect(deskSettingsSchema.safeParse({ firstAnswerDays: 60, stepDays: 120 }).success).toBe(true);
  });

  it("a missing row reads as the defaults", async () => {
    const other = await getMunicipality("012041");
    expect(await deskSettingFor(db, other.id)).toEqual(DESK_DEFAULTS);
  });
});

describe("saving the settings", () => {
  it("only the municipality's desk may, and only for its own municipality", async () => {
    await expect(saveDeskSettings(colleague, { firstAnswerDays: 5, stepDays: 5, publicLog: true })).rejects.toThrow(
      "FORBIDDEN",
    );
    await expect(saveDeskSettings(company, { firstAnswerDays: 5, stepDays: 5, publicLog: true })).rejects.toThrow(
      "FORBIDDEN",
    );
    await expect(saveDeskSettings(null, { firstAnswerDays: 5, stepDays: 5, publicLog: true })).rejects.toThrow(
      "UNAUTHENTICATED",
    );
    const pending = await createUser({ role: "MUNICIPAL_STAFF", lgCode: LG, isDesk: true, status: "PENDING" });
    await expect(saveDeskSettings(pending, { firstAnswerDays: 5, stepDays: 5, publicLog: true })).rejects.toThrow(
      "PENDING_APPROVAL",
    );
  });

  it("recomputes the target time of open proposals from their step, leaves closed ones and other towns alone", async () => {
    const since = jst("2026-12-25T10:00:00"); // Friday before the year-end closing
    const received = await proposalIn(municipalityId, company.organizationId!, {
      statusChangedAt: since,
      dueAt: addBusinessDays(since, 10),
    });
    const routed = await proposalIn(municipalityId, company.organizationId!, {
      status: "ROUTED",
      statusChangedAt: since,
      dueAt: addBusinessDays(since, 20),
    });
    const adopted = await proposalIn(municipalityId, company.organizationId!, { status: "ADOPTED", dueAt: null });
    const otherTown = (await getMunicipality(OTHER_LG)).id;
    const elsewhere = await proposalIn(otherTown, company.organizationId!, {
      statusChangedAt: since,
      dueAt: addBusinessDays(since, 10),
    });

    const r = await saveDeskSettings(desk, { firstAnswerDays: 3, stepDays: 7, publicLog: false });
    expect(r.moved).toBeGreaterThanOrEqual(2);
    const after = async (id: string) => (await db.proposal.findUniqueOrThrow({ where: { id } })).dueAt;
    // 12/28 (Mon) is open, 12/29–1/3 closed, 1/4 (Mon) and 1/5 count: three business days end on 1/5.
    expect(await after(received.id)).toEqual(new Date("2027-01-05T23:59:59.999+09:00"));
    expect(await after(received.id)).toEqual(dueAtFor({ firstAnswerDays: 3, stepDays: 7 }, "RECEIVED", since));
    expect(await after(routed.id)).toEqual(addBusinessDays(since, 7));
    expect(await after(adopted.id)).toBeNull();
    expect(await after(elsewhere.id)).toEqual(addBusinessDays(since, 10));
    expect(await deskSettingFor(db, municipalityId)).toEqual({ firstAnswerDays: 3, stepDays: 7, publicLog: false });
    expect(await deskSettingFor(db, otherTown)).toEqual(DESK_DEFAULTS);
  });

  it("two saves at once: one wins whole, the proposals follow the settings that stayed", async () => {
    const since = jst("2027-02-01T09:00:00");
    const p = await proposalIn(municipalityId, company.organizationId!, { statusChangedAt: since });
    await Promise.all([
      saveDeskSettings(desk, { firstAnswerDays: 4, stepDays: 9, publicLog: false }),
      saveDeskSettings(desk, { firstAnswerDays: 12, stepDays: 30, publicLog: true }),
    ]);
    const s = await deskSettingFor(db, municipalityId);
    expect([4, 12]).toContain(s.firstAnswerDays);
    expect(s.stepDays).toBe(s.firstAnswerDays === 4 ? 9 : 30);
    const { dueAt } = await db.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(dueAt).toEqual(addBusinessDays(since, s.firstAnswerDays));
  });
});

describe("fuzz: the settings form", () => {
  it("anything a form can send is saved as parsed or refused, never half-saved", async () => {
    let accepted = 0;
    const days = (max: number) =>
      mostly(
        fc.oneof(fc.integer({ min: 1, max }), fc.integer({ min: 1, max }).map(String)),
        fc.oneof(fc.integer(), fc.string(), fc.constantFrom("\u0000", "１２０", "1,0", " ", "NaN", "Infinity")),
      );
    const form = withJunkFields(
      fc.record({ firstAnswerDays: days(60), stepDays: days(120), publicLog: fc.constantFrom("on", true, false) }),
      ["firstAnswerDays", "stepDays", "publicLog", "municipalityId"],
    );
    await fc.assert(
      fc.asyncProperty(form, async (raw) => {
        const parsed = deskSettingsSchema.safeParse({ ...(raw as object), municipalityId: "elsewhere" });
        if (!parsed.success) return;
        accepted++;
        await saveDeskSettings(desk, parsed.data);
        const after = await deskSettingFor(db, municipalityId);
        expect(after).toEqual(parsed.data);
        expect(after.firstAnswerDays).toBeGreaterThanOrEqual(1);
        expect(after.firstAnswerDays).toBeLessThanOrEqual(60);
        expect(after.stepDays).toBeLessThanOrEqual(120);
      }),
      { numRuns: 80 },
    );
    expect(accepted).toBeGreaterThan(25);
  });
});
