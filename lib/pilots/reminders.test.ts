import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { createUser } from "@/tests/fixtures/factories";
import { reminderFor } from "./reminders";
import { pilotCast, pilotMatch, planningPilot, termsFor, type PilotCast } from "./test-helpers";

// PILOT_REVIEW_DUE (issue 18 §1): a week before each review date and on the day, once each, to both sides' acting
// people and the coordinator, for AGREED pilots only. Fixed dates in 2031, far from any other test's pilots.

const jst = (s: string) => new Date(`${s}T07:30:00+09:00`);
const d = (s: string) => new Date(`${s}T00:00:00Z`);
let cast: PilotCast;

beforeAll(async () => {
  cast = await pilotCast();
});
afterAll(async () => {
  await stopBoss();
});

/** An AGREED pilot with its mid review on 2031-05-15 and its end review on 2031-06-30. */
async function agreedPilot(status: "AGREED" | "PLANNING" = "AGREED") {
  const m = await pilotMatch(cast);
  const p = await planningPilot(cast, m, termsFor());
  await db.pilot.update({
    where: { id: p.id },
    data: {
      status,
      startsOn: d("2031-04-01"),
      endsOn: d("2031-06-20"),
      midReviewOn: d("2031-05-15"),
      endReviewOn: d("2031-06-30"),
    },
  });
  return { m, id: p.id };
}

const reminders = (userId: string, pilotId: string) =>
  db.notification.findMany({
    where: { userId, type: "PILOT_REVIEW_DUE", url: `/pilots/${pilotId}` },
    orderBy: { createdAt: "asc" },
    select: { title: true, dedupeKey: true },
  });
const run = (day: string) => runJob("pilot.reminders", { at: jst(day).toISOString() });

describe("review reminders", () => {
  it("which reminder a date calls for", () => {
    expect(reminderFor("2031-05-15", "2031-05-07")).toBeNull();
    expect(reminderFor("2031-05-15", "2031-05-08")).toBe("SOON");
    expect(reminderFor("2031-05-15", "2031-05-14")).toBe("SOON");
    expect(reminderFor("2031-05-15", "2031-05-15")).toBe("DAY");
    expect(reminderFor("2031-05-15", "2031-05-21")).toBe("DAY");
    expect(reminderFor("2031-05-15", "2031-05-22")).toBeNull();
  });

  it("a week ahead and on the day, once each, to both sides and the coordinator", async () => {
    const { m, id } = await agreedPilot();
    await run("2031-05-07");
    expect(await reminders(cast.dept.id, id)).toHaveLength(0);
    await run("2031-05-08");
    await run("2031-05-09"); // still in the week: nothing new
    for (const u of [cast.dept, m.company, cast.coordinator]) {
      const got = await reminders(u.id, id);
      expect(got.map((n) => n.dedupeKey)).toEqual([`pilot-review:${id}:MID:7:${u.id}`]);
    }
    expect((await reminders(cast.dept.id, id))[0].title).toContain("中間レビューの日が近づいています");
    expect(await reminders(cast.otherDept.id, id)).toHaveLength(0);
    await run("2031-05-15");
    await run("2031-05-15"); // a retried job adds nothing
    const day = await reminders(m.company.id, id);
    expect(day.map((n) => n.dedupeKey)).toEqual([
      `pilot-review:${id}:MID:7:${m.company.id}`,
      `pilot-review:${id}:MID:0:${m.company.id}`,
    ]);
    expect(day[1].title).toContain("中間レビューの日が来ました");

    await run("2031-06-23");
    await run("2031-06-30");
    const keys = (await reminders(cast.dept.id, id)).map((n) => n.dedupeKey);
    expect(keys.slice(2)).toEqual([
      `pilot-review:${id}:END:7:${cast.dept.id}`,
      `pilot-review:${id}:END:0:${cast.dept.id}`,
    ]);
  });

  it("a mid review already recorded is not reminded on its day", async () => {
    const { id } = await agreedPilot();
    await db.pilot.update({ where: { id }, data: { midReviewedAt: new Date(), midReviewNote: "記録済み" } });
    await run("2031-05-15");
    expect(await reminders(cast.dept.id, id)).toHaveLength(0);
  });

  it("nothing for a pilot still PLANNING, a declined match, or a suspended member", async () => {
    const planning = await agreedPilot("PLANNING");
    const declined = await agreedPilot();
    await db.match.update({ where: { id: declined.m.id }, data: { stage: "DECLINED" } });
    const live = await agreedPilot();
    const suspended = await createUser({ role: "MUNICIPAL_STAFF", status: "SUSPENDED" });
    await db.membership.updateMany({ where: { userId: suspended.id }, data: { departmentId: cast.dept.departmentId } });
    await run("2031-05-15");
    expect(await reminders(cast.dept.id, planning.id)).toHaveLength(0);
    expect(await reminders(cast.dept.id, declined.id)).toHaveLength(0);
    expect(await reminders(cast.dept.id, live.id)).toHaveLength(1);
    expect(await reminders(suspended.id, live.id)).toHaveLength(0);
  });
});
