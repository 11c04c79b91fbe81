// Seeds reference data (every municipality, themes), demo accounts, real and demo cases, demo
// challenges. Idempotent: run it again and nothing is duplicated.
import { db } from "@/lib/db";
import { seedCases } from "./seed/cases";
import { seedChallenges } from "./seed/challenges";
import { seedCompanies } from "./seed/companies";
import { seedDesk } from "./seed/desk";
import { seedLoop } from "./seed/loop";
import { seedMatches } from "./seed/matches";
import { seedMunicipalities, seedThemes } from "./seed/reference";
import { seedDemoUsers } from "./seed/users";

export async function isSeeded(): Promise<boolean> {
  return (await db.user.count({ where: { email: "admin@kyoso.test" } })) > 0;
}

/**
 * demoData false (or KYOSO_DEMO_DATA=0): municipalities, themes, the demo accounts and the real cases with
 * their partner companies only; no generated cases, companies, challenges or matches.
 */
export async function seed(opts: { log?: (m: string) => void; demoCases?: number; demoData?: boolean } = {}) {
  const log = opts.log ?? console.log;
  const demoData = opts.demoData ?? process.env.KYOSO_DEMO_DATA !== "0";
  const n = await seedMunicipalities(db);
  log(`自治体 ${n} 件`);
  await seedThemes(db);
  await seedDemoUsers(db);
  log("デモアカウントを作成しました");
  await seedCases(db, { demoCount: demoData ? (opts.demoCases ?? 120) : 0 });
  if (demoData) {
    await seedChallenges(db);
    await seedCompanies(db, { demoCount: 30 });
    await seedMatches(db);
    await seedDesk(db);
    await seedLoop(db);
    log("事例・課題のデモデータを作成しました");
  } else {
    await seedCompanies(db, { demoCount: 0 });
    log("実在の事例と協力企業だけを登録しました（デモデータなし）");
  }
  // Seeds write rows directly (no search jobs), so the search index is rebuilt from them here.
  const { reindexAll } = await import("@/lib/search/reindex");
  const { counts } = await reindexAll();
  log(`検索インデックス：事例 ${counts.CASE ?? 0}件・課題 ${counts.CHALLENGE ?? 0}件・企業 ${counts.COMPANY ?? 0}社`);
}
