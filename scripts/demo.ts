// npm run demo: one command from a fresh clone to a running app with demo data.
// npm run demo -- --no-demo-data (or KYOSO_DEMO_DATA=0): real cases, municipalities and the demo accounts only,
// in a database of its own (.data/postgres-no-demo), so the two never mix.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { freePort } from "./lib/embedded-db";
import { projectRoot } from "./lib/database";
import { prepare } from "./lib/prepare";
import { startMailSink } from "../lib/mail/sink";

const started = Date.now();
const noDemoData = process.argv.includes("--no-demo-data") || process.env.KYOSO_DEMO_DATA === "0";
if (noDemoData) process.env.KYOSO_DEMO_DATA = "0";
const db = await prepare(
  noDemoData && !process.env.KYOSO_DATA_DIR ? { dataDir: path.join(projectRoot, ".data/postgres-no-demo") } : {},
);

// Rebuild when any source file is newer than the last production build.
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".") || e.name === "generated") continue;
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}
const buildId = path.join(projectRoot, ".next/BUILD_ID");
const sources = ["app", "components", "lib", "public"].map((d) => path.join(projectRoot, d)).filter(existsSync);
if (!existsSync(buildId) || Math.max(...sources.map(newestSource)) > statSync(buildId).mtimeMs) {
  console.log("[kyoso] 本番ビルドを作成しています（初回は数分かかります）…");
  const r = spawnSync("next", ["build"], { stdio: "inherit", env: process.env, cwd: projectRoot });
  if (r.status !== 0) {
    await db.stop();
    process.exit(r.status ?? 1);
  }
}

const port = await freePort(Number(process.env.PORT ?? 3000));
const url = `http://localhost:${port}`;
process.env.NEXTAUTH_URL ??= url;
// scripts/serve.ts, the production server (`npm start`): it sees the socket, so the audit log gets real addresses.
const app = spawn("tsx", ["scripts/serve.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, PORT: String(port), HOSTNAME: "" },
  cwd: projectRoot,
});

// E-mail in the demo goes to a local SMTP sink (.eml files under .data/mail/); the job worker
// (alerts, e-mail, digest) runs as a child process on the same database.
const mailDir = path.join(projectRoot, ".data/mail");
const sink = await startMailSink({
  port: await freePort(Number(process.env.SMTP_PORT ?? 2525)),
  dir: mailDir,
  keep: false,
});
const worker = spawn("tsx", ["--conditions=react-server", "scripts/worker.ts"], {
  stdio: "inherit",
  env: { ...process.env, SMTP_HOST: "127.0.0.1", SMTP_PORT: String(sink.port), APP_URL: process.env.APP_URL ?? url },
  cwd: projectRoot,
});
app.stdout.on("data", () => {}); // Next's own output is replaced by our banner below

for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${url}/api/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
const { DEMO_USERS, DEMO_PASSWORD, demoAccountLabel } = await import("../prisma/seed/users");
console.log(`
  Kyoso Hub が起動しました: ${url}   (${((Date.now() - started) / 1000).toFixed(1)} 秒)

  デモ用ログイン（パスワードはすべて ${DEMO_PASSWORD}）
${DEMO_USERS.map((u) => `    ${u.email.padEnd(32)} ${demoAccountLabel(u)}`).join("\n")}

  送信メールは .data/mail/ に .eml ファイルとして保存されます（SMTP ${sink.port} 番ポート）。
  終了するには Ctrl+C を押してください。
`);

const shutdown = async () => {
  worker.kill("SIGTERM");
  await sink.stop();
  app.kill("SIGTERM");
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
app.on("exit", async (code) => {
  worker.kill("SIGTERM");
  await db.stop();
  process.exit(code ?? 0);
});
