import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTransport, setSmtpTarget } from "@/lib/mail/transport";
import { companyWith, publish } from "@/lib/notifications/test-support";
import { createUser } from "@/tests/fixtures/factories";
import { stopBoss, useJobSchema } from "./boss";
import { startWorker, type Worker } from "./worker";

// The whole path with a real worker: publish commits → job → fan-out → e-mail jobs → SMTP sink.
let sink: MailSink;
let worker: Worker;

beforeAll(async () => {
  useJobSchema("pgboss_worker_test");
  sink = await startMailSink({ port: 0 });
  setSmtpTarget({ port: sink.port });
  worker = await startWorker({ schedule: false });
});
afterAll(async () => {
  await worker.stop();
  await stopBoss();
  closeTransport();
  await sink.stop();
});

describe("worker", () => {
  it("delivers a committed publish to the matching company by e-mail, and marks it emailed", async () => {
    const staff = await createUser({ role: "MUNICIPAL_STAFF", lgCode: "172065" });
    const company = await companyWith({ themes: ["dx"] });
    const { id } = await publish(staff, { themes: ["dx"] });
    const deadline = Date.now() + 20_000;
    while (!sink.messages.some((m) => m.to.includes(company.email)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const msg = sink.messages.find((m) => m.to.includes(company.email));
    expect(msg).toBeDefined();
    expect((await sink.parse(msg!)).text).toContain(`/challenges/${id}`);
    await expect
      .poll(
        async () =>
          (await db.notification.findFirst({ where: { challengeId: id, userId: company.id } }))?.emailedAt ?? null,
      )
      .toBeInstanceOf(Date);
  });
});

describe("worker, a payload that does not match the job's schema", () => {
  it("fails that job for good with the reason, and completes the valid job fetched beside it", async () => {
    // Written past enqueue(), as an old deploy or a hand-made row would.
    const bad = { id: crypto.randomUUID(), data: { notificationIds: [] } };
    const good = { id: crypto.randomUUID(), data: { notificationIds: ["cmnosuchnotification00001"] } };
    await worker.boss.insert("notification.email", [bad, good]);
    const job = (id: string) => worker.boss.getJobById("notification.email", id);
    await expect.poll(async () => (await job(bad.id))?.state, { timeout: 20_000 }).toBe("failed");
    await expect.poll(async () => (await job(good.id))?.state, { timeout: 20_000 }).toBe("completed");
    const failed = await job(bad.id);
    expect(failed?.retryCount).toBe(0);
    expect(JSON.stringify(failed?.output)).toContain("invalid payload for notification.email");
  });
});
