import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { uid } from "@/tests/fixtures/factories";
import { applyMigrations } from "@/scripts/lib/migrate";
import { seedCases } from "./cases";
import { seedChallenges } from "./challenges";
import { seedCompanies } from "./companies";
import { seedDesk } from "./desk";
import { seedMatches } from "./matches";
import { seedMunicipalities, seedThemes } from "./reference";
import { seedDemoUsers } from "./users";

// For the seed tests: a database of their own with the demo data up to the desk's (as prisma/seed.ts runs it), so
// the other test files' rows at 加賀市 neither count there nor see these.

export type DemoDatabase = { db: PrismaClient; raw: pg.Client; close: () => Promise<void> };

export async function openDemoDatabase(prefix: string): Promise<DemoDatabase> {
  const name = `${prefix}_${uid()}`;
  const url = new URL(process.env.DATABASE_URL!);
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString(), max: 4 }) });
  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  await seedMunicipalities(db);
  await seedThemes(db);
  await seedDemoUsers(db);
  await seedCases(db, { demoCount: 10 });
  await seedChallenges(db);
  await seedCompanies(db, { demoCount: 30 });
  await seedMatches(db);
  await seedDesk(db);
  const close = async () => {
    await raw.end().catch(() => {});
    await db.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  return { db, raw, close };
}

/** Every row of every table, as text, in a stable order: what "run again, changes nothing" compares. */
export async function everything(raw: pg.Client) {
  const tables = await raw.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { t } of tables.rows)
    out[t] = (await raw.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM "${t}" x`)).rows
      .map((r) => r.r)
      .sort();
  return out;
}
