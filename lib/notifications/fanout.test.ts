import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { stopBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/run";
import { createUser } from "@/tests/fixtures/factories";
import { companyWith, draft, emailJobsContaining, publish } from "./test-support";

let staff: SessionUser; // 加賀市, 石川県 (17)
beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
});
afterAll(() => stopBoss());

async function notified(challengeId: string, users: SessionUser[]) {
  const rows = await db.notification.findMany({
    where: { challengeId, type: "CHALLENGE_MATCH", userId: { in: users.map((u) => u.id) } },
    select: { userId: true },
  });
  return new Set(rows.map((r) => r.userId));
}

describe("challenge.published fan-out", () => {
  it("notifies exactly the company members whose preferences match (empty = any)", async () => {
    const m = {
      any: await companyWith({}),
      theme: await companyWith({ themes: ["disaster", "dx"] }),
      otherTheme: await companyWith({ themes: ["tourism"] }),
      pref: await companyWith({ prefectures: ["17"] }),
      otherPref: await companyWith({ prefectures: ["13"] }),
      kind: await companyWith({ kinds: ["CONSULTATION"] }),
      otherKind: await companyWith({ kinds: ["PROGRAM"] }),
      all: await companyWith({
        themes: ["disaster"],
        prefectures: ["17", "01"],
        kinds: ["CONSULTATION", "FREE_PROPOSAL"],
      }),
      oneWrong: await companyWith({ themes: ["disaster"], prefectures: ["17"], kinds: ["PROGRAM"] }),
      alertsOff: await companyWith({ challengeAlerts: false }),
      noPreference: await companyWith(null),
      pending: await createUser({ role: "COMPANY_MEMBER", status: "PENDING" }),
    };
    await db.alertPreference.create({ data: { userId: m.pending.id } });
    const staffWithPref = await createUser({ role: "MUNICIPAL_STAFF" });
    const coordinator = await createUser({ role: "COORDINATOR" });
    for (const u of [staffWithPref, coordinator]) await db.alertPreference.create({ data: { userId: u.id } });

    const { id } = await publish(staff, { kind: "CONSULTATION", themes: ["disaster"] });
    await runJob("challenge.published", { challengeId: id });
    const got = await notified(id, [...Object.values(m), staffWithPref, coordinator]);
    expect([...got].sort()).toEqual([m.any, m.theme, m.pref, m.kind, m.all].map((u) => u.id).sort());

    const n = await db.notification.findFirstOrThrow({ where: { challengeId: id, userId: m.any.id } });
    expect(n.url).toBe(`/challenges/${id}?src=alert`);
    expect(await emailJobsContaining(n.id)).toHaveLength(1);
  });

  it("a retried job creates no duplicates and enqueues no second e-mail", async () => {
    const u = await companyWith({});
    const { id } = await publish(staff);
    const first = await runJob("challenge.published", { challengeId: id });
    const second = await runJob("challenge.published", { challengeId: id });
    expect(first).toMatchObject({ created: expect.any(Number) });
    expect(second).toMatchObject({ created: 0 });
    const rows = await db.notification.findMany({ where: { challengeId: id, userId: u.id } });
    expect(rows).toHaveLength(1);
    expect(await emailJobsContaining(rows[0].id)).toHaveLength(1);
  });

  it("private consultations and drafts never fan out, even if a job names them", async () => {
    const u = await companyWith({});
    const priv = await publish(staff, { kind: "PRIVATE_CONSULTATION" });
    const d = await draft(staff);
    for (const id of [priv.id, d.id]) {
      expect(await runJob("challenge.published", { challengeId: id })).toEqual({ matched: 0, created: 0 });
      expect(await db.notification.count({ where: { challengeId: id } })).toBe(0);
    }
    // A challenge that became private between publish and the job: re-checked in the job.
    const later = await publish(staff);
    await db.challenge.update({ where: { id: later.id }, data: { kind: "PRIVATE_CONSULTATION" } });
    await runJob("challenge.published", { challengeId: later.id });
    expect(await db.notification.count({ where: { challengeId: later.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(0);
  });

  it("rejects a malformed payload", async () => {
    await expect(runJob("challenge.published", { challengeId: 42 })).rejects.toThrow();
  });
});
