// Everything a fresh machine needs before the app can run: a database (embedded unless
// DATABASE_URL is set), migrations, demo data once, and a session secret kept in .data/.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot, resolveDatabase } from "./database";
import { applyMigrations } from "./migrate";

export async function prepare(opts: { dataDir?: string; seed?: boolean; log?: (m: string) => void } = {}) {
  const log = opts.log ?? ((m: string) => console.log(`[kyoso] ${m}`));
  const db = await resolveDatabase({ dataDir: opts.dataDir });
  log(
    db.embedded
      ? `埋め込み PostgreSQL を起動しました (${new URL(db.url).port} 番ポート)`
      : "DATABASE_URL のデータベースを使います",
  );
  const applied = await applyMigrations(db.url);
  if (applied.length) log(`マイグレーションを適用しました: ${applied.join(", ")}`);
  if (opts.seed !== false) {
    const { isSeeded, seed } = await import("../../prisma/seed");
    if (!(await isSeeded())) {
      log("初回のデモデータを投入しています…");
      await seed({ log });
    }
  }
  process.env.NEXTAUTH_SECRET ??= sessionSecret();
  return db;
}

function sessionSecret(): string {
  const file = path.join(projectRoot, ".data/session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
