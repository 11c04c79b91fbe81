// The stack the fault scripts (npm run fault:*) break on purpose: an embedded PostgreSQL on a fixed
// port and data folder (so it can be stopped and started again in place), seeded once, and the
// production server (`next start` on the build in NEXT_DIST_DIR) as a child that can be stopped,
// killed and started again.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./database";
import { startEmbeddedPostgres, type RunningDb } from "./embedded-db";
import { applyMigrations } from "./migrate";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function requireBuild(): string {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(projectRoot, dist, "BUILD_ID"))) {
    throw new Error(`no production build in ${dist}: run NEXT_DIST_DIR=${dist} npx next build first`);
  }
  return dist;
}

export async function startFaultDb(dbPort: number, opts: { fresh: boolean }): Promise<RunningDb> {
  const dir = path.join(projectRoot, `.data/fault-postgres-${dbPort}`);
  if (opts.fresh) rmSync(dir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dir, database: "kyoso_fault", port: dbPort });
  if (!db.url.includes(`:${dbPort}/`)) throw new Error(`port ${dbPort} is taken; stop what uses it`);
  return db;
}

/** A fresh, migrated, seeded database; sets DATABASE_URL for this process and its children. */
export async function prepareFaultDb(dbPort: number): Promise<RunningDb> {
  const db = await startFaultDb(dbPort, { fresh: true });
  process.env.DATABASE_URL = db.url;
  await applyMigrations(db.url);
  const { seed } = await import("../../prisma/seed");
  await seed({ log: () => {}, demoCases: 40 });
  return db;
}

export type App = { proc: ChildProcess; url: string; output: string[] };

export async function startApp(port: number, env: Record<string, string | undefined> = {}): Promise<App> {
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(path.join(projectRoot, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEXTAUTH_SECRET: "fault-secret-fault-secret-fault-secret",
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (b: Buffer) => output.push(...b.toString().split("\n").filter(Boolean));
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`next start exited: ${output.slice(-10).join("\n")}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { proc, url, output };
    await sleep(200);
  }
  proc.kill("SIGKILL");
  throw new Error("next start did not answer /api/health within 60 s");
}

export async function stopApp(app: App, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (app.proc.exitCode !== null || app.proc.signalCode !== null) return;
  const exited = new Promise((r) => app.proc.once("exit", r));
  app.proc.kill(signal);
  await Promise.race([exited, sleep(10_000)]);
  if (app.proc.exitCode === null && app.proc.signalCode === null) app.proc.kill("SIGKILL");
}

/** A GET with a deadline: a hang shows up as status 0 and the time it took, not as a stuck script. */
export async function probe(
  url: string,
  timeoutMs = 10_000,
  init: RequestInit = {},
): Promise<{ status: number; ms: number; body: string; requestId: string | null }> {
  const started = Date.now();
  try {
    const res = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    return {
      status: res.status,
      ms: Date.now() - started,
      body: await res.text(),
      requestId: res.headers.get("x-request-id"),
    };
  } catch {
    return { status: 0, ms: Date.now() - started, body: "", requestId: null };
  }
}

/** What must never reach a user: stack frames, driver errors, connection strings. */
export function leaksInternals(body: string): string | null {
  const m =
    /\n\s+at .+\(.+:\d+:\d+\)|ECONNREFUSED|PrismaClient|DriverAdapterError|postgresql:\/\/|57P01|terminating connection/.exec(
      body,
    );
  return m ? m[0].trim().slice(0, 60) : null;
}
