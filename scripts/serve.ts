// npm run start:cluster — the production server on every core: one Next.js process per core behind one
// port (node:cluster hands each new connection to a worker in turn). `next start` is one process, and
// one JavaScript thread: under load every request waits behind every other in its event loop
// (docs/reliability/load.md). Nothing in memory needs sharing between workers: sessions are cookies,
// each worker's page cache is emptied on every change by LISTEN/NOTIFY.
// Env: WEB_CONCURRENCY (workers, default: the cores), PORT (3000), HOSTNAME (0.0.0.0), DATABASE_URL and
// the rest as for `next start`; needs `next build` first.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const log = (level: string, msg: string, extra: Record<string, unknown> = {}) =>
  console.error(JSON.stringify({ time: new Date().toISOString(), level, msg, component: "serve", ...extra }));

if (cluster.isPrimary) {
  const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY) || availableParallelism()));
  // A page-cache miss is rendered through a loopback request, which may land on any worker: they share its token.
  process.env.PAGE_CACHE_SECRET ??= randomBytes(24).toString("base64url");
  let stopping = false;
  let quickExits = 0;
  const started = new Map<number, number>();
  const fork = () => started.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  log("info", "web workers starting", { workers, port, hostname });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies within 10 s of starting (no build, bad config) would otherwise be restarted forever.
    if (Date.now() - (started.get(worker.id) ?? 0) < 10_000 && ++quickExits >= 5) {
      log("error", "web workers keep exiting at start; giving up", { code, signal });
      process.exit(1);
    }
    log("error", "web worker exited; starting another", { pid: worker.process.pid, code, signal });
    fork();
  });
  for (const sig of ["SIGTERM", "SIGINT"] as const) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    });
  }
} else {
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const next = (await import("next")).default;
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void handle(req, res));
  server.listen(port, hostname);
  // Graceful: stop accepting, let requests in flight finish (at most 25 s), then leave.
  process.on("SIGTERM", () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 25_000).unref();
  });
  process.on("SIGINT", () => {}); // the primary decides (Ctrl-C reaches every process of the group)
}
