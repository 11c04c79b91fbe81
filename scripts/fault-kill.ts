// npm run fault:kill [-- --kills 20 --db-port 54412]
// SIGKILL many times in the middle of publishing a challenge, sending 「興味がある」 and uploading
// documents; then check the database, the stored files and — after the worker has run — that every
// committed change's notifications, e-mails and search updates arrived exactly once.
// The killed process runs the app's own mutations (scripts/lib/fault-mutator.ts: the code every
// server action calls, same transactions, same outbox), so a kill lands on a real open transaction.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "./lib/database";
import { sleep, startFaultDb } from "./lib/fault-stack";
import { applyMigrations } from "./lib/migrate";
import type { MutatorTask } from "./lib/fault-mutator";

const { values } = parseArgs({
  options: { kills: { type: "string", default: "20" }, "db-port": { type: "string", default: "54412" } },
});
const KILLS = Number(values.kills);
const uploads = path.join(projectRoot, ".data/fault-uploads");
rmSync(uploads, { recursive: true, force: true });
process.env.UPLOAD_DIR = uploads;
process.env.BCRYPT_COST = "4";

const pgServer = await startFaultDb(Number(values["db-port"]), { fresh: true });
process.env.DATABASE_URL = pgServer.url;
await applyMigrations(pgServer.url);
const { db } = await import("../lib/db");
const { seedMunicipalities, seedThemes } = await import("../prisma/seed/reference");
const { createUser } = await import("../tests/fixtures/factories");
const { threadBetween } = await import("../tests/fixtures/threads");
const { startMailSink } = await import("../lib/mail/sink");
const { freePort } = await import("./lib/embedded-db");
await seedMunicipalities(db);
await seedThemes(db);
const staff = await createUser({ role: "MUNICIPAL_STAFF", department: "企画課" });
const company = await createUser({ role: "COMPANY_MEMBER" });
const dx = await db.theme.findUniqueOrThrow({ where: { slug: "dx" } });
await db.alertPreference.create({
  data: {
    userId: company.id,
    themeIds: [dx.id],
    prefectureCodes: [],
    kinds: [],
    emailMode: "IMMEDIATE",
    challengeAlerts: true,
  },
});
await db.alertPreference.upsert({
  where: { userId: staff.id },
  create: { userId: staff.id, emailMode: "IMMEDIATE", challengeAlerts: false },
  update: {},
});
const threadId = (await threadBetween(staff, company)).id;

function run(task: MutatorTask): { child: ChildProcess; committed: string[]; started: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/server-only-hook.mjs",
      "scripts/lib/fault-mutator.ts",
      JSON.stringify(task),
    ],
    {
      cwd: projectRoot,
      env: process.env,
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  const committed: string[] = [];
  let onStart: () => void = () => {};
  const started = new Promise<void>((r) => (onStart = r));
  child.stdout!.on("data", (b: Buffer) => {
    for (const line of b.toString().split("\n").filter(Boolean)) {
      const m = JSON.parse(line) as { started?: number; committed?: string | null };
      if (m.started !== undefined) onStart();
      if (m.committed) committed.push(m.committed);
    }
  });
  return { child, committed, started };
}

const summary: Record<string, { kills: number; committed: number }> = {};
async function killLoop(name: string, task: () => Promise<MutatorTask>) {
  const s = (summary[name] = { kills: 0, committed: 0 });
  for (let k = 0; k < KILLS; k++) {
    const { child, committed, started } = run(await task());
    await started; // modules loaded, first mutation under way
    await sleep(100 + Math.random() * 2_500);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    s.kills++;
    s.committed += committed.length;
  }
}

const t0 = Date.now();
await killLoop("publish", async () => ({ op: "publish", user: staff }));
await killLoop("interest", async () => {
  // Challenges this company has not answered yet, so every attempt writes.
  const open = await db.challenge.findMany({
    where: { status: "PUBLISHED", interests: { none: {} } },
    select: { id: true },
    take: 200,
  });
  return { op: "interest", user: company, challengeIds: open.map((c) => c.id) };
});
await killLoop("upload", async () => ({ op: "upload", user: company, threadId }));
const killSeconds = (Date.now() - t0) / 1000;

const problems: string[] = [];
const q = <T>(sql: string, ...params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params);
const one = async (sql: string, ...params: unknown[]) => Number((await q<{ n: number }>(sql, ...params))[0].n);

// 1. The database right after the kills: whole changes or nothing.
const published = (
  await db.challenge.findMany({ where: { authorId: staff.id, status: "PUBLISHED" }, select: { id: true } })
).map((c) => c.id);
const halfPublished = await one(`SELECT count(*)::int AS n FROM "Challenge" c WHERE c.status = 'PUBLISHED' AND (
  (SELECT count(*) FROM pgboss.job j WHERE j.name = 'challenge.published' AND j.data->>'challengeId' = c.id) <> 1 OR
  NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'search.index' AND j.data->>'id' = c.id))`);
if (halfPublished)
  problems.push(
    `${halfPublished} published challenges without exactly one challenge.published job and a search.index job`,
  );
const orphanJobs = await one(
  `SELECT count(*)::int AS n FROM pgboss.job j WHERE j.name = 'challenge.published' AND NOT EXISTS (SELECT 1 FROM "Challenge" c WHERE c.id = j.data->>'challengeId')`,
);
if (orphanJobs) problems.push(`${orphanJobs} challenge.published jobs for challenges that do not exist`);
const interests = await db.interest.findMany({
  where: { companyId: company.organizationId! },
  select: { challengeId: true },
});
const interestNoNotice = await one(
  `SELECT count(*)::int AS n FROM "Interest" i WHERE NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n.type = 'INTEREST_RECEIVED' AND n.url = '/challenges/' || i."challengeId" || '/interests')`,
);
if (interestNoNotice) problems.push(`${interestNoNotice} interests without their notification`);
const noticeNoInterest = await one(
  `SELECT count(*)::int AS n FROM "Notification" n WHERE n.type = 'INTEREST_RECEIVED' AND NOT EXISTS (SELECT 1 FROM "Interest" i WHERE n.url = '/challenges/' || i."challengeId" || '/interests')`,
);
if (noticeNoInterest) problems.push(`${noticeNoInterest} interest notifications without an interest`);
const messages = await db.message.findMany({
  where: { threadId },
  select: { id: true, _count: { select: { documents: true } } },
});
const partial = messages.filter((m) => m._count.documents !== 2).length;
if (partial) problems.push(`${partial} messages without both of their documents`);
const messageNoNotice = await one(
  `SELECT count(*)::int AS n FROM "Message" m WHERE m."threadId" = $1 AND NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n.type = 'MESSAGE_RECEIVED' AND n."threadId" = m."threadId" AND n."createdAt" >= m."createdAt" - interval '1 second')`,
  threadId,
);
if (messageNoNotice) problems.push(`${messageNoNotice} messages without a notification`);
const docs = await db.document.findMany({
  where: { threadId },
  select: { storageKey: true, size: true, sha256: true },
});
let badFiles = 0;
for (const d of docs) {
  const file = path.join(uploads, d.storageKey);
  if (!existsSync(file)) badFiles++;
  else {
    const bytes = readFileSync(file);
    if (bytes.length !== d.size || createHash("sha256").update(bytes).digest("hex") !== d.sha256) badFiles++;
  }
}
if (badFiles) problems.push(`${badFiles} documents whose stored file is missing or differs`);
const keys = new Set(docs.map((d) => d.storageKey));
const dir = path.join(uploads, "documents");
const orphanFiles = existsSync(dir) ? readdirSync(dir).filter((f) => !keys.has(`documents/${f}`)).length : 0;

// 2. The worker delivers what was committed: once.
const sink = await startMailSink({ port: await freePort(0) });
const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
  cwd: projectRoot,
  env: {
    ...process.env,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(sink.port),
    APP_URL: "http://localhost:3212",
    MEILISEARCH_HOST: "",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
const drainStart = Date.now();
const pending = () => one(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`);
await sleep(1_000);
while ((await pending()) > 0 && Date.now() - drainStart < 180_000) await sleep(500);
const drainSeconds = (Date.now() - drainStart) / 1000;
await sleep(1_000);
const stillPending = await pending();
if (stillPending) problems.push(`${stillPending} jobs still not done after 180 s`);
const failed = await one(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'failed'`);
if (failed) problems.push(`${failed} jobs failed`);
const alerts = await one(
  `SELECT count(*)::int AS n FROM "Notification" WHERE type = 'CHALLENGE_MATCH' AND "userId" = $1`,
  company.id,
);
if (alerts !== published.length)
  problems.push(`challenge alerts: ${alerts} for ${published.length} published challenges`);
const emailed = await db.notification.count({ where: { emailedAt: { not: null } } });
const shouldEmail = await db.notification.count({ where: { user: { alertPreference: { emailMode: "IMMEDIATE" } } } });
if (emailed !== shouldEmail) problems.push(`${emailed} of ${shouldEmail} immediate notifications e-mailed`);
// Several notifications may read alike (two replies in one thread), so compare per recipient:
// as many e-mails as e-mailed notifications, none more (a duplicate) and none fewer (a loss).
const perUser = await q<{ email: string; n: number }>(
  `SELECT u.email, count(*)::int AS n FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE n."emailedAt" IS NOT NULL GROUP BY u.email`,
);
const mailsTo = new Map<string, number>();
for (const m of sink.messages) for (const to of m.to) mailsTo.set(to, (mailsTo.get(to) ?? 0) + 1);
let dupMails = 0;
for (const { email, n } of perUser) {
  const got = mailsTo.get(email) ?? 0;
  if (got > n) dupMails += got - n;
  if (got < n) problems.push(`${email}: ${got} e-mails for ${n} e-mailed notifications`);
}
if (dupMails) problems.push(`${dupMails} duplicate e-mails`);
if (sink.messages.length !== emailed)
  problems.push(`${sink.messages.length} e-mails at the sink for ${emailed} e-mailed notifications`);
const indexed = await one(
  `SELECT count(*)::int AS n FROM "SearchKey" WHERE kind = 'CHALLENGE' AND id = ANY($1::text[])`,
  published,
);
if (indexed !== published.length)
  problems.push(`search: ${indexed} of ${published.length} published challenges indexed`);

worker.kill("SIGTERM");
await new Promise((r) => worker.once("exit", r));
await sink.stop();
await db.$disconnect();
await pgServer.stop();

console.log(
  `[fault:kill] ${KILLS} SIGKILLs per operation in ${killSeconds.toFixed(0)} s; worker drained in ${drainSeconds.toFixed(1)} s`,
);
for (const [op, s] of Object.entries(summary))
  console.log(`  ${op.padEnd(9)} kills ${s.kills}  committed before the kill ${s.committed}`);
console.log(
  `  rows: ${published.length} published challenges, ${interests.length} interests, ${messages.length} messages, ${docs.length} documents`,
);
console.log(
  `  delivered: ${alerts} challenge alerts, ${sink.messages.length} e-mails (${dupMails} duplicates), ${indexed} challenges indexed`,
);
console.log(`  orphaned upload files (stored, transaction killed; never served): ${orphanFiles}`);
if (problems.length) {
  console.log(`FAILED:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else console.log("OK: every change whole or absent; every committed change delivered exactly once");
process.exit();
