import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser } from "@/tests/fixtures/factories";
import { DEFAULT_CALENDARS } from "./defaults";
import { resetMunicipalityCalendar, saveMunicipalityCalendar } from "./mutations";
import { sendBudgetReminders } from "./reminders";
import { inputFromCalendar } from "./schema";
import { makeMatch, municipality, notificationsOf } from "./test-support";

// Far-future fiscal years (2090) keep these runs away from every other test file's matches.
let coordinator: SessionUser;
let hakusan: { id: string }, nomi: { id: string }, sapporo: { id: string };
const jst = (s: string) => new Date(`${s}+09:00`);

beforeAll(async () => {
  coordinator = await createUser({ role: "COORDINATOR" });
  [hakusan, nomi, sapporo] = await Promise.all([
    municipality("172103"),
    municipality("172111"),
    municipality("011002"),
  ]);
});
afterAll(() => stopBoss());

describe("sendBudgetReminders", () => {
  it("reminds the coordinator once, 14 days ahead, and once when the step starts", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    const m = await makeMatch({ municipalityId: hakusan.id, coordinatorId: c.id, targetFiscalYear: 2090 });
    // 部内予算案 of FY2090 (a city) starts on 2089-08-01.
    await sendBudgetReminders(jst("2089-07-17T07:30:00"));
    expect(await notificationsOf(c.id, "BUDGET_STEP_REMINDER")).toHaveLength(0);
    await sendBudgetReminders(jst("2089-07-18T07:30:00"));
    await sendBudgetReminders(jst("2089-07-18T07:30:00"));
    await sendBudgetReminders(jst("2089-07-25T07:30:00"));
    let rows = await notificationsOf(c.id, "BUDGET_STEP_REMINDER");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dedupeKey: `budget:${m.id}:DEPARTMENT_DRAFT:2090`, url: `/pipeline/${m.id}` });
    expect(rows[0].title).toContain("部内予算案");
    expect(rows[0].title).toContain("2089年8月1日");

    await sendBudgetReminders(jst("2089-08-01T07:30:00"));
    await sendBudgetReminders(jst("2089-08-02T07:30:00"));
    rows = await notificationsOf(c.id, "BUDGET_STEP_REMINDER");
    expect(rows.map((r) => r.dedupeKey)).toEqual([
      `budget:${m.id}:DEPARTMENT_DRAFT:2090`,
      `budget:${m.id}:DEPARTMENT_DRAFT:2090:start`,
    ]);
    expect(rows[1].title).toContain("始まりました");
  });

  it("a rerun of the same day adds nothing and reports zero", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    await makeMatch({ municipalityId: hakusan.id, coordinatorId: c.id, targetFiscalYear: 2091 });
    const first = await sendBudgetReminders(jst("2090-08-20T07:30:00"));
    const second = await sendBudgetReminders(jst("2090-08-20T07:30:00"));
    expect(first.notified).toBeGreaterThanOrEqual(1);
    expect(second.notified).toBe(0);
    expect(await notificationsOf(c.id, "BUDGET_STEP_REMINDER")).toHaveLength(1);
  });

  it("follows the municipality's type and its own calendar", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    const designated = await makeMatch({ municipalityId: sapporo.id, coordinatorId: c.id, targetFiscalYear: 2092 });
    const custom = await makeMatch({ municipalityId: nomi.id, coordinatorId: c.id, targetFiscalYear: 2092 });
    // 能美市 drafts from July (month 3) instead of August.
    await saveMunicipalityCalendar(coordinator, {
      ...inputFromCalendar(nomi.id, DEFAULT_CALENDARS.CITY),
      DEPARTMENT_DRAFT_start: 3,
    });
    try {
      // 札幌市 (政令指定都市) starts 2091-06-01; 能美市 2091-07-01.
      await sendBudgetReminders(jst("2091-05-20T07:30:00"));
      expect((await notificationsOf(c.id, "BUDGET_STEP_REMINDER")).map((n) => n.dedupeKey)).toEqual([
        `budget:${designated.id}:DEPARTMENT_DRAFT:2092`,
      ]);
      await sendBudgetReminders(jst("2091-06-20T07:30:00"));
      expect((await notificationsOf(c.id, "BUDGET_STEP_REMINDER")).map((n) => n.dedupeKey)).toContain(
        `budget:${custom.id}:DEPARTMENT_DRAFT:2092`,
      );
    } finally {
      await resetMunicipalityCalendar(coordinator, { municipalityId: nomi.id });
    }
  });

  it("skips declined and budgeted matches; unassigned ones become one daily summary per coordinator", async () => {
    const c = await createUser({ role: "COORDINATOR" });
    await makeMatch({ municipalityId: hakusan.id, coordinatorId: c.id, targetFiscalYear: 2094, stage: "DECLINED" });
    await makeMatch({ municipalityId: hakusan.id, coordinatorId: c.id, targetFiscalYear: 2094, stage: "BUDGETED" });
    await makeMatch({ municipalityId: hakusan.id, coordinatorId: null, targetFiscalYear: 2094 });
    await makeMatch({ municipalityId: hakusan.id, coordinatorId: null, targetFiscalYear: 2094 });
    await sendBudgetReminders(jst("2093-07-20T07:30:00"));
    await sendBudgetReminders(jst("2093-07-20T08:30:00"));
    const rows = await notificationsOf(c.id, "BUDGET_STEP_REMINDER");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      dedupeKey: `budget-unassigned:${c.id}:2093-07-20`,
      url: "/pipeline/calendar?coordinator=none",
    });
    expect(rows[0].title).toContain("2件");
    expect(
      await db.notification.count({
        where: { dedupeKey: { startsWith: "budget-unassigned:" }, userId: coordinator.id },
      }),
    ).toBeGreaterThanOrEqual(1);
  });
});
