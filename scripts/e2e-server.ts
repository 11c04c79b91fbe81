// The server Playwright tests: a fresh embedded PostgreSQL (deleted and re-seeded every run, so
// tests start from known data) and scripts/serve.ts (what `npm start` runs) on the production build, so the
// tests go through the production path, client addresses included (tests/e2e/client-address.spec.ts).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./lib/database";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-db";
import { startMailSink } from "../lib/mail/sink";
import { applyMigrations } from "./lib/migrate";

const [port, dbPort] = process.argv.slice(2).map(Number);
const dir = path.join(projectRoot, `.data/e2e-postgres-${dbPort}`);
rmSync(dir, { recursive: true, force: true });
const db = await startEmbeddedPostgres({ dir, database: "kyoso_e2e", port: dbPort });
if (!db.url.includes(`:${dbPort}/`)) throw new Error(`port ${dbPort} is taken; stop what uses it`);
process.env.DATABASE_URL = db.url;
await applyMigrations(db.url);
const { seed } = await import("../prisma/seed");
await seed({ log: () => {}, demoCases: 40 });

const env = {
  ...process.env,
  NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
  NEXTAUTH_URL: `http://localhost:${port}`,
};

// Real SMTP traffic into a sink that writes .eml files where tests/e2e/notifications.spec.ts reads
// them (same machine; nothing is served over HTTP), and the job worker next to the app.
const mailDir = path.join(projectRoot, `.data/e2e-mail-${dbPort}`);
rmSync(mailDir, { recursive: true, force: true });
const sink = await startMailSink({
  port: await freePort(Number(process.env.SMTP_PORT ?? 2525)),
  dir: mailDir,
  keep: false,
});
const workerEnv = {
  ...env,
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(sink.port),
  APP_URL: `http://localhost:${port}`,
  WORKER_LOG: "1",
};
const worker = spawn("tsx", ["--conditions=react-server", "scripts/worker.ts"], {
  stdio: "inherit",
  env: workerEnv,
  cwd: projectRoot,
});

// Every interface (an inherited HOSTNAME, exported by some shells, would bind one name only): tests connect to
// localhost, and from chosen 127.x.y.z source addresses.
const app = spawn("tsx", ["scripts/serve.ts"], {
  stdio: "inherit",
  env: { ...env, PORT: String(port), HOSTNAME: "", WEB_CONCURRENCY: "1" },
  cwd: projectRoot,
});
let stopping = false;
const stop = async () => {
  stopping = true;
  worker.kill("SIGTERM");
  await sink.stop();
  app.kill("SIGTERM");
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
// A worker that dies (a bad import, a crash at start) must fail the suite, not leave e-mails and
// search updates silently undone while the pages keep passing.
worker.on("exit", (code, signal) => {
  if (stopping) return;
  console.error(`[e2e-server] the job worker exited (code ${code}, signal ${signal}); stopping the server`);
  app.kill("SIGTERM");
  process.exitCode = 1;
});
app.on("exit", async () => {
  worker.kill("SIGTERM");
  await db.stop();
  process.exit(process.exitCode ?? 0);
});
