// npm run worker: the background worker (pg-boss): runs every job in lib/jobs/registry.ts and installs their schedules.
// Runs as its own process (docker-compose `worker`), inside `npm run demo`, and in the e2e server.
// Needs DATABASE_URL; SMTP_HOST/SMTP_PORT point at the mail server (the local sink by default).
// Started with --conditions=react-server so lib modules marked "server-only" load outside Next.
// Logs are JSON lines (lib/log.ts).
import { db } from "../lib/db";
import { startWorker } from "../lib/jobs/worker";
import { logger } from "../lib/log";
import { closeTransport } from "../lib/mail/transport";

const log = logger.child({ component: "worker" });
const verbose = process.argv.includes("--verbose") || process.env.WORKER_LOG === "1";
const worker = await startWorker({ verbose });
log.info("worker started", { pid: process.pid });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  log.info("stopping: finishing running jobs", { signal });
  // Graceful: jobs in flight complete (up to 20 s, see lib/jobs/worker.ts); anything not finished
  // stays active in pg-boss and is retried by the next worker once its expiry passes.
  await worker.stop().catch((e) => log.error("stop failed", { err: e }));
  closeTransport();
  await db.$disconnect();
  log.info("worker stopped", { signal, ms: Date.now() - started });
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
