// npm run db:migrate | db:migration:new -- <name> | db:seed [-- --scale]
import { applyMigrations, createMigration } from "./lib/migrate";
import { resolveDatabase } from "./lib/database";

const [cmd, ...args] = process.argv.slice(2);
const db = await resolveDatabase();
try {
  if (cmd === "migrate") {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } else if (cmd === "migration:new") {
    const name = args.find((a) => !a.startsWith("-"));
    if (!name) throw new Error("usage: npm run db:migration:new -- <name>");
    const dir = await createMigration(db.url, name);
    console.log(dir ? `wrote ${dir}/migration.sql` : "schema.prisma and migrations agree: nothing to write");
  } else if (cmd === "seed") {
    await applyMigrations(db.url);
    const { seed } = await import("../prisma/seed");
    await seed();
    if (args.includes("--scale")) {
      const { seedScale } = await import("./seed-scale");
      const { db: prisma } = await import("../lib/db");
      await seedScale(prisma);
    }
  } else {
    throw new Error(`unknown command ${cmd}`);
  }
} finally {
  await db.stop();
}
