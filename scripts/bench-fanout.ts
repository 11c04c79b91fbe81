// npm run bench:fanout — how publishing behaves when a challenge matches 2,000 companies.
//   1. publish latency (p50/p95) of the publish mutation, idle and while a 2,000-company fan-out runs
//   2. time from one publish until all 2,000 alert e-mails arrived at a real SMTP sink
// On a throw-away embedded PostgreSQL unless BENCH_DATABASE_URL is set. The worker runs as its own
// process (as in production), so its work does not share the publishing process's event loop.
// Options: BENCH_COMPANIES (2000), BENCH_PUBLISHES (30).
import { spawn } from "node:child_process";
import { registerHooks } from "node:module";
import { rmSync } from "node:fs";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { startMailSink } from "../lib/mail/sink";

// The publish mutation is called directly (the same code the server action runs). Outside Next,
// two imports need standing in for: "server-only" (a marker) and the NextAuth options that the
// session module imports but this process never uses (the acting user is passed in).
registerHooks({
  resolve: (specifier, context, next) => {
    if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
    if (specifier === "./options" && context.parentURL?.endsWith("/lib/auth/session.ts"))
      return { url: "data:text/javascript,export const authOptions = {};", shortCircuit: true };
    return next(specifier, context);
  },
});

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 2000);
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 30);
const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, `.data/bench-fanout-${process.pid}`);
const log = (m: string) => console.log(`[bench] ${m}`);

const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres({ dir, database: "kyoso_bench" });
const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
process.env.DATABASE_URL = url;
await applyMigrations(url);

const { db } = await import("../lib/db");
const { seedMunicipalities, seedThemes } = await import("../prisma/seed/reference");
const { publishChallenge } = await import("../lib/challenges/mutations");
const { challengePublishSchema } = await import("../lib/challenges/schema");
const { stopBoss } = await import("../lib/jobs/boss");
if ((await db.theme.count()) === 0) {
  await seedMunicipalities(db);
  await seedThemes(db);
}

// ---- data: one approved staff member (加賀市, 石川県) and N companies that all match 防災 × 石川県 × 相談型
const run = Date.now().toString(36);
const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: "172065" } });
const disaster = await db.theme.findUniqueOrThrow({ where: { slug: "disaster" } });
const staffRow = await db.user.create({
  data: {
    email: `bench-staff-${run}@kaga.example.lg.jp`,
    name: "ベンチ職員",
    role: "MUNICIPAL_STAFF",
    passwordHash: "x",
    memberships: { create: { organizationId: kaga.id } },
  },
});
const staff = {
  id: staffRow.id,
  email: staffRow.email,
  name: staffRow.name,
  role: staffRow.role,
  status: staffRow.status,
  organizationId: kaga.id,
  organizationName: kaga.name,
  departmentId: null,
  departmentName: null,
  isDesk: false,
};
const t0 = Date.now();
const ids = Array.from({ length: COMPANIES }, (_, i) => `bench${run}${String(i).padStart(5, "0")}`);
await db.organization.createMany({
  data: ids.map((id, i) => ({ id, kind: "COMPANY" as const, name: `ベンチ株式会社 ${run}-${i}` })),
});
await db.user.createMany({
  data: ids.map((id, i) => ({
    id,
    email: `bench-${run}-${i}@example.test`,
    name: `担当者 ${i}`,
    role: "COMPANY_MEMBER" as const,
    passwordHash: "x",
  })),
});
await db.membership.createMany({ data: ids.map((id) => ({ userId: id, organizationId: id })) });
await db.alertPreference.createMany({
  data: ids.map((id) => ({
    userId: id,
    themeIds: [disaster.id],
    prefectureCodes: ["17"],
    kinds: ["CONSULTATION" as const],
  })),
});
log(`${COMPANIES} companies with matching alert preferences created in ${Date.now() - t0} ms`);

// ---- SMTP sink (in this process) and the worker (child process)
let arrived = 0;
const sink = await startMailSink({ port: await freePort(), keep: false, onMessage: () => void arrived++ });
const worker = spawn("tsx", ["--conditions=react-server", "scripts/worker.ts"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    DATABASE_URL: url,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink.port),
    APP_URL: "http://localhost:3000",
  },
});

process.on("exit", () => worker.kill("SIGTERM"));

const input = (kind: "CONSULTATION" | "FREE_PROPOSAL", i: number) =>
  challengePublishSchema.parse({
    kind,
    title: `ベンチマーク課題 ${run}-${i}`,
    situation: "避難所の混雑状況を住民に知らせたい",
    themeSlugs: ["disaster"],
  });
async function timedPublish(kind: "CONSULTATION" | "FREE_PROPOSAL", i: number) {
  const s = performance.now();
  const { id } = await publishChallenge(staff, input(kind, i));
  return { id, ms: performance.now() - s };
}
const pct = (xs: number[], p: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms · max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`;

try {
  for (let i = 0; i < 3; i++) await timedPublish("FREE_PROPOSAL", -1 - i); // warm-up: pools, queue cache
  // FREE_PROPOSAL matches none of the companies (they asked for 相談型): same request work, no mail.
  const idle: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) idle.push((await timedPublish("FREE_PROPOSAL", i)).ms);

  const big = await timedPublish("CONSULTATION", 9999);
  const started = Date.now();
  const busy: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) busy.push((await timedPublish("FREE_PROPOSAL", 10_000 + i)).ms);
  const deadline = started + 180_000;
  let last = -1;
  while (arrived < COMPANIES && Date.now() < deadline) {
    if (arrived !== last && arrived % 500 < 50)
      log(`${arrived} / ${COMPANIES} e-mails at the sink after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    last = arrived;
    await new Promise((r) => setTimeout(r, 100));
  }
  const deliveredMs = Date.now() - started;
  const emailed = await db.notification.count({ where: { challengeId: big.id, emailedAt: { not: null } } });

  console.log(`
Fan-out benchmark (${COMPANIES} matching companies)
  publish latency, idle:                 ${fmt(idle)}
  publish latency, during a fan-out:     ${fmt(busy)}
  publish of the 2,000-company challenge: ${big.ms.toFixed(1)} ms
  all alerts delivered to the SMTP sink:  ${arrived >= COMPANIES ? `${(deliveredMs / 1000).toFixed(1)} s` : `NOT within 180 s (${arrived} arrived)`} (${arrived} e-mails; ${emailed} notifications marked emailed)
  goals: publish p95 ≤ 300 ms → ${Math.max(pct(idle, 95), pct(busy, 95)) <= 300 ? "met" : "MISSED"}; delivered ≤ 60 s → ${arrived >= COMPANIES && deliveredMs <= 60_000 ? "met" : "MISSED"}
`);
} finally {
  worker.kill("SIGTERM");
  await new Promise((r) => worker.once("exit", r));
  await stopBoss();
  await sink.stop();
  await db.$disconnect();
  if (embedded) {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(0);
