import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { enqueue } from "@/lib/jobs/enqueue";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser, uid } from "@/tests/fixtures/factories";
import { notify } from "./outbox";
import { emailJobsContaining, jobsFor, publish } from "./test-support";

let staff: SessionUser;
let company: SessionUser;

beforeAll(async () => {
  staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
  company = await createUser({ role: "COMPANY_MEMBER" });
});
afterAll(() => stopBoss());

describe("transactional outbox", () => {
  it("a rolled-back transaction leaves no job and no notification", async () => {
    const fake = `rollback-${uid()}`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(tx, "challenge.published", { challengeId: fake });
        await notify(tx, [{ userId: company.id, type: "DIRECT_INQUIRY", title: fake, url: "/dashboard" }]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await jobsFor("challenge.published", "challengeId", fake)).toEqual([]);
    expect(await db.notification.count({ where: { title: fake } })).toBe(0);
  });

  it("a committed transaction leaves the job and the notification with its e-mail job", async () => {
    const title = `commit-${uid()}`;
    await db.$transaction(async (tx) => {
      await enqueue(tx, "challenge.published", { challengeId: title });
      await notify(tx, [{ userId: company.id, type: "DIRECT_INQUIRY", title, url: "/dashboard" }]);
    });
    expect(await jobsFor("challenge.published", "challengeId", title)).toHaveLength(1);
    const n = await db.notification.findFirstOrThrow({ where: { title } });
    expect(n.emailedAt).toBeNull();
    expect(await emailJobsContaining(n.id)).toHaveLength(1);
  });

  it("publishing a challenge enqueues exactly one challenge.published job; a draft none", async () => {
    const { id } = await publish(staff);
    expect(await jobsFor("challenge.published", "challengeId", id)).toHaveLength(1);
  });

  it("notify twice with the same (user, type, challenge) adds one row and one e-mail job", async () => {
    const { id: challengeId } = await publish(staff);
    const item = {
      userId: company.id,
      type: "INTEREST_RECEIVED" as const,
      title: `dup-${uid()}`,
      url: `/challenges/${challengeId}`,
      challengeId,
    };
    await db.$transaction((tx) => notify(tx, [item]));
    await db.$transaction((tx) => notify(tx, [item]));
    const rows = await db.notification.findMany({ where: { title: item.title } });
    expect(rows).toHaveLength(1);
    expect(await emailJobsContaining(rows[0].id)).toHaveLength(1);
  });
});
