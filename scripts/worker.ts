// npm run worker: the background worker (pg-boss) — reverse-match fan-out, e-mail, daily digest.
// Runs as its own process (docker-compose `worker`), inside `npm run demo`, and in the e2e server.
// Needs DATABASE_URL; SMTP_HOST/SMTP_PORT point at the mail server (the local sink by default).
// Started with --conditions=react-server so lib modules marked "server-only" load outside Next.
import { db } from "../lib/db";
import { startWorker } from "../lib/jobs/worker";
import { closeTransport } from "../lib/mail/transport";

const verbose = process.argv.includes("--verbose") || process.env.WORKER_LOG === "1";
const worker = await startWorker({ log: verbose ? (m) => console.log(`[worker] ${m}`) : undefined });
console.log("[worker] started");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running jobs…`);
  // Graceful: jobs in flight complete; anything not finished is retried by the next worker.
  await worker.stop().catch((e) => console.error("[worker] stop", e));
  closeTransport();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
