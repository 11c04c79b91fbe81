import { describe, expect, it } from "vitest";
import { pendingSchemaDiff } from "../../scripts/lib/migrate";

describe("migrations", () => {
  it("agree with prisma/schema.prisma (run `npm run db:migration:new -- <name>` when this fails)", async () => {
    const sql = await pendingSchemaDiff(process.env.DATABASE_URL!);
    const statements = sql.replace(/^--.*$/gm, "").trim();
    expect(statements).toBe("");
  });
});
