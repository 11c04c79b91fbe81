// One real PostgreSQL for the whole Vitest run: embedded, in a throw-away folder, migrated and
// loaded with reference data (municipalities, themes). Test files create their own rows.
import { rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    await applyMigrations(process.env.DATABASE_URL);
    return;
  }
  const dir = path.resolve(import.meta.dirname, `../../.data/vitest-${process.pid}`);
  const db = await startEmbeddedPostgres({ dir, database: "kyoso_test" });
  process.env.DATABASE_URL = db.url;
  await applyMigrations(db.url);
  const { db: prisma } = await import("../../lib/db");
  const { seedMunicipalities, seedThemes } = await import("../../prisma/seed/reference");
  await seedMunicipalities(prisma);
  await seedThemes(prisma);
  await prisma.$disconnect();
  return async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
