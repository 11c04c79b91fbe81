// npm run bench:funnel — how long the funnel dashboard takes at seed scale (20,000 matches).
//   1. every query the page runs (getFunnelDashboard), p50/p95 over BENCH_RUNS runs: all
//      municipalities, one fiscal year, and one municipality's staff view
//   2. if a production build exists (NEXT_DIST_DIR or .next), the rendered page and the CSV over
//      HTTP from `next start`, signed in as the demo coordinator through the credentials sign-in
// Uses the database scripts/lib/database.ts gives (DATABASE_URL, else the embedded .data/postgres;
// KYOSO_DATA_DIR picks another folder) and seeds what is missing (demo data, then the scale data).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import path from "node:path";
import { projectRoot, resolveDatabase } from "./lib/database";
import { freePort } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";

// Outside Next: "server-only" is a marker, and the NextAuth options are never used here.
registerHooks({
  resolve: (specifier, context, next) => {
    if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
    if (specifier === "./options" && context.parentURL?.endsWith("/lib/auth/session.ts"))
      return { url: "data:text/javascript,export const authOptions = {};", shortCircuit: true };
    return next(specifier, context);
  },
});

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const GOAL_MS = 1000;
const log = (m: string) => console.log(`[bench] ${m}`);
const database = await resolveDatabase();
await applyMigrations(database.url);

const { db } = await import("../lib/db");
const { isSeeded, seed } = await import("../prisma/seed");
const { SCALE_MATCHES } = await import("./seed-matches");
const { getFunnelDashboard } = await import("../lib/funnel/queries");

const pct = (xs: number[], p: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms · max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;
async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: pool, plans
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await fn();
    out.push(performance.now() - s);
  }
  return out;
}

async function httpBench(): Promise<string[]> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(projectRoot, distDir, "BUILD_ID")))
    return [`HTTP: skipped — no production build in ${distDir} (run \`npx next build\` first)`];
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    NEXTAUTH_URL: base,
    NODE_ENV: "production" as const,
  };
  const app = spawn("next", ["start", "-p", String(port)], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
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
    const jar = new Map<string, string>();
    const keep = (res: Response) =>
      res.headers.getSetCookie().forEach((c) => {
        const [kv] = c.split(";");
        const k = kv.split("=")[0];
        jar.set(k, kv);
      });
    const cookie = () => [...jar.values()].join("; ");
    const csrfRes = await fetch(`${base}/api/auth/csrf`);
    keep(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const body = new URLSearchParams({
      csrfToken,
      email: "coordinator@kyoso.test",
      password: "kyoso-demo-2026",
      json: "true",
      callbackUrl: `${base}/dashboard`,
    });
    keep(
      await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        body,
        headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
        redirect: "manual",
      }),
    );
    if (![...jar.keys()].some((k) => k.includes("session-token")))
      throw new Error("sign-in as coordinator@kyoso.test failed");
    const get = (url: string) => async () => {
      const res = await fetch(`${base}${url}`, { headers: { cookie: cookie() }, redirect: "manual" });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
      return text;
    };
    const page = await time(get("/pipeline/funnel"));
    const csv = await time(get("/api/funnel/csv"));
    return [
      `HTTP page /pipeline/funnel (coordinator, rendered HTML): ${fmt(page)} → ${pct(page, 95) < GOAL_MS ? "met" : "MISSED"}`,
      `HTTP CSV /api/funnel/csv (everything, one file):        ${fmt(csv)}`,
    ];
  } finally {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  }
}

try {
  if (!(await isSeeded())) await seed({ log });
  if ((await db.match.count({ where: { id: { startsWith: "scale-match-" } } })) < SCALE_MATCHES) {
    log(
      "seeding the scale data (companies, cases, challenges, 20,000 matches); resumable, takes a few minutes the first time",
    );
    const { seedScale } = await import("./seed-scale");
    await seedScale(db);
  }
  const total = await db.match.count();
  const changes = await db.matchStageChange.count();
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: "coordinator@kyoso.test" } });
  const asCoordinator = {
    id: coordinator.id,
    email: coordinator.email,
    name: coordinator.name,
    role: "COORDINATOR" as const,
    status: "ACTIVE" as const,
    organizationId: null,
    organizationName: null,
    departmentId: null,
    departmentName: null,
    isDesk: false,
  };
  const [busiest] = await db.match.groupBy({
    by: ["municipalityId"],
    _count: { _all: true },
    orderBy: { _count: { municipalityId: "desc" } },
    take: 1,
  });
  const asStaff = { ...asCoordinator, role: "MUNICIPAL_STAFF" as const, organizationId: busiest.municipalityId };
  const sample = (await getFunnelDashboard(asCoordinator, {}))!;
  const fy = sample.options.fiscalYears[1] ?? sample.options.fiscalYears[0];

  const all = await time(() => getFunnelDashboard(asCoordinator, {}));
  const oneYear = await time(() => getFunnelDashboard(asCoordinator, { fy }));
  const staff = await time(() => getFunnelDashboard(asStaff, {}));
  const http = await httpBench();
  console.log(`
Funnel dashboard benchmark — ${total.toLocaleString()} matches, ${changes.toLocaleString()} stage changes
  (${sample.summary.total.toLocaleString()} visible to a coordinator; 商談到達 ${sample.summary.reached[2].toLocaleString()}, 事業化検討以上 ${sample.summary.reached[3].toLocaleString()}, 見送り ${sample.summary.declined.toLocaleString()})
  all dashboard queries, every municipality:        ${fmt(all)}
  all dashboard queries, FY${fy}:                  ${fmt(oneYear)}
  all dashboard queries, one municipality's staff (${busiest._count._all} matches): ${fmt(staff)}
  ${http.join("\n  ")}
  goal: the dashboard in under ${GOAL_MS} ms → ${Math.max(pct(all, 95), pct(oneYear, 95), pct(staff, 95)) < GOAL_MS ? "met (queries, p95)" : "MISSED (queries)"}
`);
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(0);
