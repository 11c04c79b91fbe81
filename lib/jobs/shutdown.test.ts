import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stopBoss, useJobSchema } from "./boss";
import { startWorker, type Worker } from "./worker";

// SIGTERM in scripts/worker.ts calls worker.stop(): a job already running must finish and be
// recorded as completed, not be cut off half way (an e-mail half sent, a fan-out half written).
const progress = vi.hoisted(() => ({ started: 0, finished: 0 }));
vi.mock("./run", () => ({
  runJob: async () => {
    progress.started++;
    await new Promise((r) => setTimeout(r, 1_500));
    progress.finished++;
    return { slow: true };
  },
}));

let worker: Worker;
beforeAll(async () => {
  useJobSchema("pgboss_shutdown_test");
  worker = await startWorker({ schedule: false });
});
afterAll(async () => {
  await stopBoss();
});

describe("graceful shutdown", () => {
  it("stop() waits for the job in flight, which ends completed", async () => {
    const id = await worker.boss.send("budget.reminders", {});
    await vi.waitFor(() => expect(progress.started).toBe(1), { timeout: 10_000, interval: 50 });
    await worker.stop();
    // The handler was still running when stop() was called: stop() returned only after it finished.
    expect(progress.finished).toBe(1);
    // The pool is closed after stop; read the state through a fresh producer.
    const { getBoss } = await import("./boss");
    const job = await (await getBoss()).getJobById("budget.reminders", id!);
    expect(job?.state).toBe("completed");
  });
});
