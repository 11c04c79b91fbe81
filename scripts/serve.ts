// npm start / npm run start:cluster — the production server, and the only one that sees each connection's
// socket: it works out the client's address (lib/auth/forwarded.ts: the socket, or behind TRUSTED_PROXIES /
// TRUSTED_PROXY_HOPS the first address left of our own proxies in X-Forwarded-For) and hands it to the app in
// a header stamped with this process's token (lib/auth/client-ip.ts); a copy sent by the client is overwritten.
// `npm start` is one process. `npm run start:cluster` (--cluster) runs one Next.js process per core behind one
// port (node:cluster hands each new connection to a worker in turn): one process is one JavaScript thread, and
// under load every request waits behind every other in its event loop (docs/reliability/load.md). Nothing in
// memory needs sharing between workers: sessions are cookies, each worker's page cache is emptied on every
// change by LISTEN/NOTIFY.
// Env: WEB_CONCURRENCY (processes; default 1, with --cluster the cores), PORT (3000), HOSTNAME (all interfaces),
// TRUSTED_PROXIES or TRUSTED_PROXY_HOPS (docs/operations.md), DATABASE_URL and the rest as for `next start`;
// needs `next build` first.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { CLIENT_ADDRESS_HEADER, SERVE_TOKEN_ENV, clientAddress, proxyTrust } from "../lib/auth/forwarded";

const port = Number(process.env.PORT ?? 3000);
// Unset or empty: every interface, IPv6 and IPv4 (as `next start`). Docker sets HOSTNAME to the container's name,
// which would bind only that address: the Dockerfile sets 0.0.0.0.
const hostname = process.env.HOSTNAME || undefined;
const log = (level: string, msg: string, extra: Record<string, unknown> = {}) =>
  console.error(JSON.stringify({ time: new Date().toISOString(), level, msg, component: "serve", ...extra }));

// Checked before any worker starts: a typo here must stop the server, not quietly trust the wrong hop.
let trust: ReturnType<typeof proxyTrust>;
try {
  trust = proxyTrust(process.env);
} catch (err) {
  log("error", (err as Error).message);
  process.exit(1);
}
const fallback = process.argv.includes("--cluster") ? availableParallelism() : 1;
const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY) || fallback));

if (cluster.isPrimary && workers > 1) {
  // A page-cache miss is rendered through a loopback request, which may land on any worker: they share its token.
  process.env.PAGE_CACHE_SECRET ??= randomBytes(24).toString("base64url");
  let stopping = false;
  let quickExits = 0;
  const started = new Map<number, number>();
  const fork = () => started.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  log("info", "web workers starting", { workers, port, hostname, proxies: trust.kind });
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
  // Each process its own: the stamp only has to be recognised by the Next.js running in this process.
  const token = randomBytes(24).toString("base64url");
  process.env[SERVE_TOKEN_ENV] = token;
  const next = (await import("next")).default;
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trust) ?? "unknown";
    req.headers[CLIENT_ADDRESS_HEADER] = `${token} ${address}`;
    void handle(req, res);
  });
  server.listen(port, hostname);
  if (cluster.isPrimary) log("info", "web server starting", { port, hostname, proxies: trust.kind });
  // Graceful: stop accepting, let requests in flight finish (at most 25 s), then leave.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 25_000).unref();
  };
  process.on("SIGTERM", stop);
  // In a cluster the primary decides (Ctrl-C reaches every process of the group); alone, Ctrl-C stops like SIGTERM.
  process.on("SIGINT", cluster.isPrimary ? stop : () => {});
}
