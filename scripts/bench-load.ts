// npm run bench:load — the whole app under load: a production build (`next start`) on the scale
// seed, driven on loopback by autocannon with a realistic mix (anonymous case/challenge browsing,
// search, signed-in companies opening challenges and sending interests through the server action,
// staff reading threads) at 50 and 200 connections; then each list/detail page alone against the
// trivial /api/health on the same server, for the throughput ratio. Peak RSS of the server sampled.
// Database: DATABASE_URL, else the embedded one in KYOSO_DATA_DIR (default .data/load-bench);
// seeds demo + scale data when missing. Build: NEXT_DIST_DIR (default .next-load), built when
// missing or with --build. BENCH_SECONDS (default 20) per mixed run, BENCH_SOLO_SECONDS (10) per solo run;
// BENCH_WORKERS (1) > 1 runs that many server processes behind the port (scripts/serve.ts).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

process.env.KYOSO_DATA_DIR ??= ".data/load-bench";
process.env.NEXT_DIST_DIR ??= ".next-load";
const distDir = process.env.NEXT_DIST_DIR;
const MIX_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SOLO_SECONDS = Number(process.env.BENCH_SOLO_SECONDS ?? 10);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const log = (m: string) => console.log(`[bench] ${m}`);

const { DEFAULT_DATA_DIR, projectRoot, resolveDatabase } = await import("./lib/database");
const { freePort } = await import("./lib/embedded-db");
const { applyMigrations } = await import("./lib/migrate");
const { DOCUMENT_ACCEPT, mixFor, soloRoutes } = await import("./lib/load-mix");
const database = await resolveDatabase();
await applyMigrations(database.url);
const { db } = await import("../lib/db");
const { ensureLoadFixtures, signIn } = await import("./lib/load-fixtures");

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

async function ensureData() {
  const { isSeeded, seed } = await import("../prisma/seed");
  if (!(await isSeeded())) await seed({ log });
  const { SCALE } = await import("./seed-scale");
  if ((await db.case.count({ where: { isDemo: true } })) < SCALE.cases) {
    log(
      "seeding the scale data (25,000 companies, 10,000 cases, 5,000 challenges, 20,000 matches) — a few minutes the first time",
    );
    const { seedScale } = await import("./seed-scale");
    await seedScale(db);
  }
  if ((await db.searchEntry.count()) === 0) {
    log("building the PostgreSQL search index");
    spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/search-reindex.ts"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: database.url },
    });
  }
}

/**
 * Compile, then generate: the two halves of `next build` without its type check, so a type error
 * in an unrelated test file does not stop a measurement (`npm run typecheck` is where types are checked).
 */
function ensureBuild() {
  if (existsSync(path.join(projectRoot, distDir, "BUILD_ID")) && !process.argv.includes("--build")) return;
  for (const mode of ["compile", "generate"]) {
    log(`next build --experimental-build-mode ${mode} → ${distDir}`);
    const r = spawnSync(
      path.join(projectRoot, "node_modules/.bin/next"),
      ["build", "--experimental-build-mode", mode],
      { cwd: projectRoot, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } },
    );
    if (r.status !== 0) throw new Error(`next build (${mode}) failed`);
  }
}

/** The id Next gave expressInterestAction in this build, and a page whose bundle carries it. */
function interestActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const hit = Object.entries(manifest.node).find(
    ([, v]) => v.filename === "lib/interests/actions.ts" && v.exportedName === "expressInterestAction",
  );
  if (!hit) throw new Error("expressInterestAction not found in the server reference manifest");
  return hit[0];
}

const children = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
      .flatMap((c) => [c, ...children(c)]);
  } catch {
    return [];
  }
};

/** RSS of the server process and its children, from /proc, every 200 ms. */
function rssSampler(rootPid: number) {
  let peakTotal = 0,
    peakOne = 0;
  const rss = (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const timer = setInterval(() => {
    const each = [rootPid, ...children(rootPid)].map(rss);
    peakTotal = Math.max(
      peakTotal,
      each.reduce((a, b) => a + b, 0),
    );
    peakOne = Math.max(peakOne, ...each);
  }, 200);
  return { stop: () => clearInterval(timer), peak: () => ({ total: peakTotal, largest: peakOne }) };
}

/**
 * CPU time (ms) used so far by the server's process tree and by the embedded PostgreSQL's
 * processes. Per request, it does not depend on what else the machine is doing, unlike req/s
 * when other builds share the two cores; 2 cores ÷ CPU per request is the ceiling on an idle machine.
 */
function cpuMeter(appPid: number, pgDataDir: string | null) {
  // utime+stime; for the root process also cutime+cstime, the CPU of children that have exited (a
  // database backend closed mid-run), else the sum would drop when one goes.
  const ticks = (pid: number, root = false) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return Number(f[11]) + Number(f[12]) + (root ? Number(f[13]) + Number(f[14]) : 0);
    } catch {
      return 0;
    }
  };
  const postmaster = () =>
    pgDataDir && existsSync(path.join(pgDataDir, "postmaster.pid"))
      ? Number(readFileSync(path.join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0])
      : 0;
  return () => {
    const pm = postmaster();
    const sum = (root: number) => (ticks(root, true) + children(root).reduce((a, p) => a + ticks(p), 0)) * 10; // USER_HZ is 100 on Linux
    return { app: sum(appPid), db: pm ? sum(pm) : NaN };
  };
}

type Row = {
  name: string;
  conns: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  load: string;
  cpu?: string;
  cpuMs?: number;
  note?: string;
};
type Run = { result: autocannon.Result; lat: number[] };

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]);
};

/** Percentiles from every response's own time (autocannon's summary has no p95). */
function row(name: string, conns: number, runs: Run[], seconds: number, note?: string): Row {
  const lat = runs.flatMap((r) => r.lat);
  const sum = (f: (r: autocannon.Result) => number) => runs.reduce((a, r) => a + f(r.result), 0);
  return {
    name,
    conns,
    rps: sum((r) => r.requests.total) / seconds,
    p50: pct(lat, 50),
    p95: pct(lat, 95),
    p99: pct(lat, 99),
    max: Math.round(Math.max(...lat)),
    n: sum((r) => r.requests.total),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    load: load(),
    note,
  };
}

function printTable(title: string, rows: Row[]) {
  const h = [
    "route",
    "conns",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "max ms",
    "requests",
    "non-2xx",
    "errors",
    "timeouts",
    "CPU ms/req app+db",
    "load avg (1/5/15)",
  ];
  const lines = rows.map((r) =>
    [
      r.name,
      r.conns,
      r.rps.toFixed(1),
      r.p50,
      r.p95,
      r.p99,
      r.max,
      r.n,
      r.non2xx,
      r.errors,
      r.timeouts,
      r.cpu ?? "—",
      r.load,
    ].map(String),
  );
  console.log(
    `\n${title}\n| ${h.join(" | ")} |\n|${h.map(() => "---").join("|")}|\n${lines.map((l) => `| ${l.join(" | ")} |`).join("\n")}`,
  );
}

/**
 * A client that gives up does not stop the server's work: after an overloaded run the server is
 * still rendering the abandoned requests. Wait until /api/health answers quickly again, so each
 * phase starts from an idle server.
 */
async function drain(base: string) {
  for (let i = 0; i < 120; i++) {
    const s = performance.now();
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && performance.now() - s < 100) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const run = (opts: autocannon.Options) =>
  new Promise<Run>((resolve, reject) => {
    const lat: number[] = [];
    const instance = autocannon({ timeout: 10, ...opts }, (err, result) =>
      err ? reject(err) : resolve({ result, lat }),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => lat.push(ms));
  });

try {
  ensureBuild();
  await ensureData();
  const fixtures = await ensureLoadFixtures(db);
  const actionId = interestActionId();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: distDir,
    NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    NEXTAUTH_URL: base,
    // Lets each bench company send more than the default 10 a day, so the POSTs keep inserting rows.
    INTEREST_DAILY_LIMIT: "1000",
  };
  // BENCH_WORKERS > 1: one process per worker behind the port (scripts/serve.ts) instead of `next start`.
  const app =
    WORKERS > 1
      ? spawn(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
          cwd: projectRoot,
          env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", WEB_CONCURRENCY: String(WORKERS) },
          stdio: ["ignore", "ignore", "inherit"],
        })
      : spawn(path.join(projectRoot, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
          cwd: projectRoot,
          env,
          stdio: ["ignore", "ignore", "inherit"],
        });
  const sampler = rssSampler(app.pid!);
  const cpu = cpuMeter(app.pid!, database.embedded ? DEFAULT_DATA_DIR : null);
  // CPU per completed request over a phase (abandoned requests still cost, so overload shows up here too).
  const measured = async <T extends Run | Run[]>(
    work: () => Promise<T>,
  ): Promise<{ out: T; cpu: string; cpuMs: number }> => {
    const a = cpu();
    const out = await work();
    const b = cpu();
    const n = ([] as Run[]).concat(out).reduce((x, r) => x + r.result.requests.total, 0);
    const appMs = (b.app - a.app) / n,
      dbMs = (b.db - a.db) / n;
    return {
      out,
      cpu: n ? `${appMs.toFixed(1)}+${dbMs.toFixed(1)}` : "—",
      cpuMs: n ? appMs + (Number.isNaN(dbMs) ? 0 : dbMs) : NaN,
    };
  };
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error("next start did not come up in 60 s");
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const companyCookies = await Promise.all(fixtures.companyEmails.map((e) => signIn(base, e)));
    const staffCookie = await signIn(base, fixtures.staffEmail);
    const outcomes = new Map<string, number>();
    const ctx = { base, fixtures, companyCookies, staffCookie, actionId, outcomes };

    log(`warm-up (${base}), load average ${load()}`);
    await run({ url: base, connections: 20, duration: 8, requests: mixFor(ctx, 20).flatMap((m) => m.requests) });
    const results: Row[] = [];
    const overall = new Map<number, Row>();
    for (const conns of [50, 200]) {
      await drain(base);
      outcomes.clear();
      log(`mixed run, ${conns} connections, ${MIX_SECONDS} s`);
      const parts = mixFor(ctx, conns);
      const {
        out: all,
        cpu: used,
        cpuMs,
      } = await measured(() =>
        Promise.all(
          parts.map((p) => run({ url: base, connections: p.conns, duration: MIX_SECONDS, requests: p.requests })),
        ),
      );
      all.forEach((r, i) => results.push(row(parts[i].name, parts[i].conns, [r], MIX_SECONDS)));
      overall.set(conns, { ...row(`**all (${conns})**`, conns, all, MIX_SECONDS), cpu: used, cpuMs });
      results.push(overall.get(conns)!);
      log(`interest POST outcomes at ${conns}: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")}`);
    }
    const mixPeak = sampler.peak();
    const solo: Row[] = [];
    const routes = soloRoutes(ctx);
    for (const r of routes) {
      await drain(base);
      log(`solo ${r.name}, 50 connections, ${SOLO_SECONDS} s`);
      const headers = () => ({ ...DOCUMENT_ACCEPT, ...(r.cookie ? { cookie: r.cookie() } : {}) });
      const {
        out,
        cpu: used,
        cpuMs,
      } = await measured(() =>
        run({
          url: base,
          connections: 50,
          duration: SOLO_SECONDS,
          requests: [
            {
              method: "GET",
              setupRequest: (req) => ({ ...req, path: r.path(), headers: { ...req.headers, ...headers() } }),
            },
          ],
        }),
      );
      solo.push({ ...row(r.name, 50, [out], SOLO_SECONDS), cpu: used, cpuMs });
    }
    const health = solo[0].rps;
    const cores = availableParallelism();
    solo.forEach((s, i) => {
      const ceiling = `CPU ceiling ≈ ${((cores * 1000) / s.cpuMs!).toFixed(0)} req/s on ${cores} idle cores`;
      s.note =
        i === 0
          ? ceiling
          : `${(s.rps / health).toFixed(2)}× health measured, ${(solo[0].cpuMs! / s.cpuMs!).toFixed(2)}× by CPU per request; ${ceiling}`;
    });
    const peak = sampler.peak();
    printTable("Mixed load (each line: one group of connections in the mix, all groups at once)", results);
    printTable("Alone at 50 connections (same server), for the ratio to the trivial route handler", solo);
    console.log(solo.map((s) => `  ${s.name}: ${s.note}`).join("\n"));
    const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
    console.log(
      `\nPeak RSS of next-server: ${mb(peak.largest)} (largest process), ${mb(peak.total)} (process tree); during the mixed runs ${mb(mixPeak.largest)}`,
    );
    const errs =
      results.reduce((a, r) => (r.name.startsWith("**") ? a + r.non2xx + r.errors + r.timeouts : a), 0) +
      solo.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0);
    const worstP99 = overall.get(200)!.p99;
    const minRatio = Math.min(...solo.filter((_, i) => routes[i].ratio).map((s) => s.rps / health));
    // Little's law: n closed-loop connections at X req/s wait n / X on average. X cannot pass the CPU ceiling.
    const mixCpu = overall.get(200)!.cpuMs!;
    if (mixCpu > 0) {
      const ceiling = (cores * 1000) / mixCpu;
      console.log(
        `Mix at 200 connections: ${mixCpu.toFixed(1)} ms CPU per request (app + database) → at most ${ceiling.toFixed(0)} req/s on ${cores} cores → a mean latency of at least ${((200 / ceiling) * 1000).toFixed(0)} ms (200 / throughput), whatever the scheduling`,
      );
    }
    console.log(
      `Goals: 0 errors → ${errs === 0 ? "met" : `MISSED (${errs})`}; p99 ≤ 500 ms at 200 connections → ${worstP99 <= 500 ? "met" : "MISSED"} (${worstP99} ms over all requests); list/detail ≥ 0.5× health → ${minRatio >= 0.5 ? "met" : "MISSED"} (lowest ${minRatio.toFixed(2)}×)`,
    );
  } finally {
    sampler.stop();
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(0);
