import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/tests/fixtures/factories";
import { DEFAULT_CALENDARS } from "./defaults";
import { jstDateKey } from "./next-step";
import { resetMunicipalityCalendar, saveMunicipalityCalendar } from "./mutations";
import { getMunicipalityCalendar, listCalendarMatches, loadCalendars } from "./queries";
import { calendarFilterSchema, inputFromCalendar } from "./schema";
import { makeMatch, municipality } from "./test-support";

let coordinator: SessionUser, admin: SessionUser, staff: SessionUser, pendingStaff: SessionUser, company: SessionUser;
let nanao: { id: string }, tsubata: { id: string };

beforeAll(async () => {
  [coordinator, admin, staff, pendingStaff, company] = await Promise.all([
    createUser({ role: "COORDINATOR" }),
    createUser({ role: "ADMIN" }),
    createUser({ role: "MUNICIPAL_STAFF", lgCode: "172022" }),
    createUser({ role: "MUNICIPAL_STAFF", status: "PENDING", lgCode: "172022" }),
    createUser({ role: "COMPANY_MEMBER" }),
  ]);
  [nanao, tsubata] = await Promise.all([municipality("172022"), municipality("173614")]);
});

const later = {
  ...inputFromCalendar("", DEFAULT_CALENDARS.CITY),
  FINANCE_HEARING_start: 6,
  FINANCE_HEARING_end: 10,
  ASSEMBLY_start: 11,
  ASSEMBLY_end: 11,
};

describe("who may edit a municipality's calendar", () => {
  it("a coordinator and an admin may; staff, pending staff, companies and the signed-out may not", async () => {
    await expect(saveMunicipalityCalendar(coordinator, { ...later, municipalityId: tsubata.id })).resolves.toEqual({
      overridden: true,
    });
    await expect(resetMunicipalityCalendar(admin, { municipalityId: tsubata.id })).resolves.toEqual({
      overridden: false,
    });
    for (const u of [staff, company]) {
      await expect(saveMunicipalityCalendar(u, { ...later, municipalityId: tsubata.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(resetMunicipalityCalendar(u, { municipalityId: tsubata.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(getMunicipalityCalendar(u, tsubata.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      saveMunicipalityCalendar(pendingStaff, { ...later, municipalityId: tsubata.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveMunicipalityCalendar(null, { ...later, municipalityId: tsubata.id })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await db.budgetCalendarStep.count({ where: { municipalityId: tsubata.id } })).toBe(0);
  });

  it("refuses a company's id or an unknown id, and out-of-order months", async () => {
    await expect(
      saveMunicipalityCalendar(coordinator, { ...later, municipalityId: company.organizationId! }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveMunicipalityCalendar(coordinator, { ...later, municipalityId: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveMunicipalityCalendar(coordinator, { ...later, municipalityId: tsubata.id, ASSEMBLY_start: 3 }),
    ).rejects.toThrow();
    expect(await getMunicipalityCalendar(coordinator, company.organizationId!)).toBeNull();
  });
});

describe("overrides", () => {
  it("saving stores all four steps, saving the defaults again or resetting removes them", async () => {
    await saveMunicipalityCalendar(coordinator, { ...later, municipalityId: nanao.id });
    const cal = await getMunicipalityCalendar(coordinator, nanao.id);
    expect(cal?.calendar.FINANCE_HEARING).toEqual({ startMonth: 6, endMonth: 10 });
    expect(cal?.overridden).toHaveLength(4);
    expect(cal?.updatedByName).toBe(coordinator.name);
    await saveMunicipalityCalendar(coordinator, inputFromCalendar(nanao.id, DEFAULT_CALENDARS.CITY));
    expect((await loadCalendars([nanao.id])).get(nanao.id)?.overridden).toEqual([]);
    await saveMunicipalityCalendar(coordinator, { ...later, municipalityId: nanao.id });
    await resetMunicipalityCalendar(coordinator, { municipalityId: nanao.id });
    expect((await loadCalendars([nanao.id])).get(nanao.id)?.calendar).toEqual(DEFAULT_CALENDARS.CITY);
  });
});

describe("listCalendarMatches", () => {
  const now = new Date("2026-10-15T09:00:00+09:00");
  const filter = (q: Record<string, string>) => calendarFilterSchema.parse(q);

  it("orders by the next step's date across municipalities and pages through the groups", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    // 津幡町 FY2027: 部内予算案 in progress until 2026-12-31. 津幡町 FY2028: upcoming 2027-08-01.
    // 七尾市 FY2027 with its own calendar: 財政ヒアリング Oct–Nov → the in-progress 部内予算案 still first… so override it too.
    await saveMunicipalityCalendar(coordinator, {
      ...inputFromCalendar(nanao.id, DEFAULT_CALENDARS.CITY),
      DEPARTMENT_DRAFT_start: 4,
      DEPARTMENT_DRAFT_end: 6,
      FINANCE_HEARING_start: 5,
      FINANCE_HEARING_end: 7,
    });
    const a = await makeMatch({ municipalityId: tsubata.id, coordinatorId: c.id, targetFiscalYear: 2027 });
    const b = await makeMatch({ municipalityId: tsubata.id, coordinatorId: c.id, targetFiscalYear: 2028 });
    const n = await makeMatch({ municipalityId: nanao.id, coordinatorId: c.id, targetFiscalYear: 2027 });
    const passed = await makeMatch({ municipalityId: nanao.id, coordinatorId: c.id, targetFiscalYear: 2025 });
    await makeMatch({ municipalityId: nanao.id, coordinatorId: c.id, targetFiscalYear: 2027, stage: "DECLINED" });
    await makeMatch({ municipalityId: nanao.id, coordinatorId: c.id, targetFiscalYear: null });

    const all = await listCalendarMatches(coordinator, filter({ coordinator: c.id }), now);
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.id)).toEqual([n.id, a.id, b.id, passed.id]);
    expect(jstDateKey(all.rows[0].next!.endsOn)).toBe("2026-10-31");
    expect(all.rows[0].next).toMatchObject({ step: "DEPARTMENT_DRAFT", status: "in_progress" });
    expect(all.rows[3].next).toBeNull();
    expect(all.calendars.find((x) => x.id === nanao.id)?.overridden).toHaveLength(4);

    const page2 = await listCalendarMatches(coordinator, filter({ coordinator: c.id, page: "2" }), now, 3);
    expect(page2.rows.map((r) => r.id)).toEqual([passed.id]);
    const fy = await listCalendarMatches(coordinator, filter({ coordinator: c.id, fy: "2028" }), now);
    expect(fy.rows.map((r) => r.id)).toEqual([b.id]);
    const muni = await listCalendarMatches(coordinator, filter({ coordinator: c.id, municipality: tsubata.id }), now);
    expect(muni.rows.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(muni.municipalityOptions.map((o) => o.value).sort()).toEqual([nanao.id, tsubata.id].sort());
    await resetMunicipalityCalendar(coordinator, { municipalityId: nanao.id });
  });

  it("municipal staff see only their own municipality; pending staff and companies see nothing", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    const own = await makeMatch({ municipalityId: nanao.id, coordinatorId: c.id, targetFiscalYear: 2027 });
    await makeMatch({ municipalityId: tsubata.id, coordinatorId: c.id, targetFiscalYear: 2027 });
    const seen = await listCalendarMatches(staff, filter({ coordinator: c.id }), now);
    expect(seen.rows.map((r) => r.id)).toEqual([own.id]);
    await expect(listCalendarMatches(pendingStaff, filter({}), now)).rejects.toMatchObject({
      code: "PENDING_APPROVAL",
    });
    await expect(listCalendarMatches(company, filter({}), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("coordinator=none lists the matches nobody is in charge of", async () => {
    const m = await makeMatch({ municipalityId: tsubata.id, coordinatorId: null, targetFiscalYear: 2031 });
    const r = await listCalendarMatches(coordinator, filter({ coordinator: "none", fy: "2031" }), now);
    expect(r.rows.map((x) => x.id)).toContain(m.id);
    expect(r.rows.every((x) => x.coordinatorName === null)).toBe(true);
  });
});
