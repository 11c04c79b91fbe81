// npm run fault:db-restart [-- APP_PORT DB_PORT]   (needs a build: NEXT_DIST_DIR=.next-ops npx next build)
// The database restarts while the app runs. Checks: while it is down every page answers quickly
// with an error page or 503 (no hang, no stack trace, /api/health still 200, /api/ready 503);
// after it is back, every page works again within RECOVERY_LIMIT_S without restarting the app.
import {
  leaksInternals,
  prepareFaultDb,
  probe,
  requireBuild,
  sleep,
  startApp,
  startFaultDb,
  stopApp,
} from "./lib/fault-stack";

const [appPort = 3212, dbPort = 54412] = process.argv.slice(2).map(Number);
const RECOVERY_LIMIT_S = 30;
const DOWN_FOR_MS = 8_000;
const pages = ["/", "/cases", "/challenges", "/search?q=%E9%99%A4%E9%9B%AA", "/api/ready"];

const dist = requireBuild();
console.log(`[fault:db-restart] build ${dist}, app :${appPort}, db :${dbPort}`);
let db = await prepareFaultDb(dbPort);
const app = await startApp(appPort);
const failures: string[] = [];
const figures: Record<string, string | number> = {};

async function round() {
  return Promise.all(pages.map(async (p) => ({ page: p, ...(await probe(app.url + p)) })));
}

try {
  for (const r of await round()) {
    if (r.status !== 200) failures.push(`before: ${r.page} → ${r.status}`);
    if (!r.requestId) failures.push(`before: ${r.page} has no x-request-id header`);
  }
  const echoed = await probe(`${app.url}/api/health`, 5_000, { headers: { "x-request-id": "lb-trace-0001" } });
  if (echoed.requestId !== "lb-trace-0001") failures.push("an upstream x-request-id was not kept");

  const stoppedAt = Date.now();
  await db.stop();
  console.log("[fault:db-restart] database stopped");
  let worstMs = 0;
  const seen = new Map<number, number>();
  while (Date.now() - stoppedAt < DOWN_FOR_MS) {
    for (const r of await round()) {
      worstMs = Math.max(worstMs, r.ms);
      seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
      if (r.status === 0) failures.push(`down: ${r.page} hung for ${r.ms} ms`);
      if (r.status === 200 && r.page === "/api/ready") failures.push("down: /api/ready said 200");
      const leak = leaksInternals(r.body);
      if (leak) failures.push(`down: ${r.page} shows internals (${leak})`);
    }
    const health = await probe(`${app.url}/api/health`, 2_000);
    if (health.status !== 200) failures.push(`down: /api/health → ${health.status}`);
  }
  figures["statuses while down"] = [...seen].map(([s, n]) => `${s}×${n}`).join(" ");
  figures["slowest answer while down (ms)"] = worstMs;
  const errorPage = await probe(`${app.url}/cases`);
  figures["/cases while down shows the error page"] = /エラーが発生しました|時間をおいて/.test(errorPage.body)
    ? "yes"
    : "no";

  db = await startFaultDb(dbPort, { fresh: false });
  const restartedAt = Date.now();
  console.log("[fault:db-restart] database started again");
  let recovered: number | null = null;
  while (Date.now() - restartedAt < RECOVERY_LIMIT_S * 1000) {
    const rs = await round();
    if (rs.every((r) => r.status === 200)) {
      recovered = Date.now() - restartedAt;
      break;
    }
    await sleep(250);
  }
  figures["recovered after restart (ms)"] = recovered ?? `not within ${RECOVERY_LIMIT_S} s`;
  if (recovered === null) failures.push(`pages did not recover within ${RECOVERY_LIMIT_S} s`);
  figures["app restarted"] = app.proc.exitCode === null ? "no (same process)" : `yes (exit ${app.proc.exitCode})`;
  if (app.proc.exitCode !== null) failures.push("the app process died");
} finally {
  await stopApp(app);
  await db.stop();
}

for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${v}`);
if (failures.length) {
  console.log(`FAILED (${failures.length}):\n  ${[...new Set(failures)].slice(0, 20).join("\n  ")}`);
  process.exitCode = 1;
} else console.log("OK: clear errors while the database was down, recovery without restarting the app");
