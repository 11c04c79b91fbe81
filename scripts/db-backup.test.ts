import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedMunicipalities, seedThemes } from "@/prisma/seed/reference";
import { backupDatabase, findPgDump, fingerprint, restoreDatabase } from "./lib/backup";
import { applyMigrations } from "./lib/migrate";

// Round trip of npm run db:backup / db:restore on a small database of its own (in the test
// server): every table's row count and md5 must be the same after restoring into a fresh database.
const base = new URL(process.env.DATABASE_URL!);
const urlOf = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
const suffix = `${process.pid}_${Date.now()}`;
const names = { src: `bk_src_${suffix}`, dst: `bk_dst_${suffix}`, dst2: `bk_dst2_${suffix}` };
const dir = mkdtempSync(path.join(os.tmpdir(), "kyoso-backup-"));

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: urlOf("postgres") });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await admin(async (c) => {
    for (const n of Object.values(names)) await c.query(`CREATE DATABASE "${n}"`);
  });
  await applyMigrations(urlOf(names.src));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: urlOf(names.src) }) });
  await seedMunicipalities(prisma);
  await seedThemes(prisma);
  // Values that a naive dump gets wrong: Japanese text, quotes and newlines, enum arrays, nulls.
  await prisma.organization.create({
    data: {
      kind: "COMPANY",
      name: "株式会社「テスト」\n改行 'quote' \\ back",
      description: null,
      companyProfile: {
        create: {
          size: "SMALL",
          industries: ["IT", "CONSULTING"],
          regionsServed: ["13", "14"],
          capabilities: "ＤＸ支援・ｶﾀｶﾅ",
        },
      },
    },
  });
  await prisma.$disconnect();
  const boss = new PgBoss({ connectionString: urlOf(names.src), supervise: false, schedule: false });
  await boss.start();
  await boss.createQueue("search.index");
  await boss.send("search.index", { kind: "CASE", id: "c1" });
  await boss.stop({ graceful: false, close: true });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await admin(async (c) => {
    for (const n of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
  });
});

describe("db:backup / db:restore", () => {
  it("restores every row of every table into a fresh database (row counts and md5 equal)", async () => {
    const before = await fingerprint(urlOf(names.src));
    expect(before['public."Organization"'].rows).toBeGreaterThan(1700);
    expect(before["pgboss.job"].rows).toBe(1);
    const { file, engine } = await backupDatabase(urlOf(names.src), { dir });
    expect(engine).toBe((await findPgDump(urlOf(names.src))) ? "pg_dump" : "builtin");
    await restoreDatabase(urlOf(names.dst), file);
    expect(await fingerprint(urlOf(names.dst))).toEqual(before);
  });

  it("refuses a database that is not empty, and replaces it with --clean", async () => {
    const { file } = await backupDatabase(urlOf(names.src), {
      dir,
      engine: "builtin",
      file: path.join(dir, "b.kyoso.jsonl.gz"),
    });
    await restoreDatabase(urlOf(names.dst2), file);
    await expect(restoreDatabase(urlOf(names.dst2), file)).rejects.toThrow(/not empty/);
    await restoreDatabase(urlOf(names.dst2), file, { clean: true });
    expect(await fingerprint(urlOf(names.dst2))).toEqual(await fingerprint(urlOf(names.src)));
  });
});
