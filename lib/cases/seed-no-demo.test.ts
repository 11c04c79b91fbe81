import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uid } from "@/tests/fixtures/factories";
import { REAL_CASES } from "@/prisma/seed/cases";
import { REAL_PARTNER_COMPANIES } from "@/prisma/seed/companies";
import { DEMO_USERS } from "@/prisma/seed/users";

// `npm run demo -- --no-demo-data` seeds through KYOSO_DEMO_DATA=0: run the real seed command on an empty
// database of its own and look at what it wrote.
const root = path.resolve(import.meta.dirname, "../..");
const name = `nodemo_${uid()}`;
const url = new URL(process.env.DATABASE_URL!);
const admin = new pg.Client({ connectionString: url.toString() });
url.pathname = `/${name}`;
const client = new pg.Client({ connectionString: url.toString() });
const one = async (sql: string) => Number((await client.query(sql)).rows[0].n);

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db.ts", "seed"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url.toString(), KYOSO_DEMO_DATA: "0" },
    encoding: "utf8",
    timeout: 170_000,
  });
  if (r.status !== 0) throw new Error(`seed failed: ${r.stderr}\n${r.stdout}`);
  await client.connect();
}, 180_000);

afterAll(async () => {
  await client.end().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe("seed without demo data", () => {
  it("writes municipalities, the demo accounts, the real cases and their partner companies, and nothing generated", async () => {
    expect(await one(`SELECT count(*) AS n FROM "Organization" WHERE kind = 'MUNICIPALITY'`)).toBeGreaterThan(1700);
    expect(await one(`SELECT count(*) AS n FROM "User"`)).toBe(DEMO_USERS.length);
    expect(await one(`SELECT count(*) AS n FROM "Case"`)).toBe(REAL_CASES.length);
    expect(await one(`SELECT count(*) AS n FROM "Case" WHERE "isDemo"`)).toBe(0);
    expect(await one(`SELECT count(*) AS n FROM "Challenge"`)).toBe(0);
    expect(await one(`SELECT count(*) AS n FROM "Match"`)).toBe(0);
    // The desk's demo (prisma/seed/desk.ts) neither: no theme calls, proposals, meetings or desk settings; nor the
    // loop's (prisma/seed/loop.ts): no pilots or questions between municipalities.
    expect(
      await one(
        `SELECT (SELECT count(*) FROM "ThemeCall") + (SELECT count(*) FROM "Proposal") + (SELECT count(*) FROM "MatchMeeting") + (SELECT count(*) FROM "DeskSetting") + (SELECT count(*) FROM "Pilot") + (SELECT count(*) FROM "PeerQuestion") AS n`,
      ),
    ).toBe(0);
    expect(await one(`SELECT count(*) AS n FROM "Organization" WHERE id LIKE 'demo-company-%'`)).toBe(0);
    // Every partner row of a real case points at its company profile, which has content.
    expect(await one(`SELECT count(*) AS n FROM "CasePartner" WHERE "organizationId" IS NULL`)).toBe(0);
    const linked = await client.query(
      `SELECT DISTINCT o.id, o."profileFilled", o."corporateNumber" FROM "CasePartner" cp JOIN "Organization" o ON o.id = cp."organizationId"`,
    );
    expect(linked.rows.map((r) => r.id).sort()).toEqual(REAL_PARTNER_COMPANIES.map((c) => c.id).sort());
    expect(linked.rows.every((r) => r.profileFilled && r.corporateNumber === null)).toBe(true);
    // 出典 only where verified: four of the five cases have one, all http(s).
    const sources = await client.query(`SELECT "sourceUrl" FROM "Case" WHERE "sourceUrl" IS NOT NULL`);
    expect(sources.rows.length).toBe(REAL_CASES.filter((c) => c.source).length);
    expect(sources.rows.every((r) => /^https:\/\//.test(r.sourceUrl))).toBe(true);
  });
});
