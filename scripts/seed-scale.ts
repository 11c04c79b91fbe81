// npm run db:seed -- --scale: the directory, case DB and challenge list at real scale —
// 25,000 generated companies, 10,000 demo cases, 5,000 demo challenges. Every row is generated
// (deterministic PRNG, fixed ids) and labelled as demo; createMany in batches, so a second run
// skips what is already there.
import { randomBytes } from "node:crypto";
import cliProgress from "cli-progress";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChallengeKind, ChallengeOffer, ProgramKind } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { demoCase, prng } from "../prisma/seed/cases";
import { demoCompany, demoCompanyId, loadCitiesByPref, seedDemoCompanyProfile } from "../prisma/seed/companies";
import { SCALE_MATCHES, seedMatchesAtScale } from "./seed-matches";

export const SCALE = { companies: 25_000, cases: 10_000, challenges: 5_000 };
const BATCH = 1000;

type Bar = cliProgress.SingleBar;
const newBar = (bars: cliProgress.MultiBar, label: string, total: number) => bars.create(total, 0, { label });

async function seedCompaniesAtScale(db: PrismaClient, bar: Bar) {
  const done = await db.organization.count({ where: { id: { startsWith: "demo-company-" } } });
  if (done >= SCALE.companies) return bar.update(SCALE.companies);
  const cities = await loadCitiesByPref(db);
  for (let start = 0; start < SCALE.companies; start += BATCH * 2) {
    const batch = Array.from({ length: Math.min(BATCH * 2, SCALE.companies - start) }, (_, k) =>
      demoCompany(start + k, cities),
    );
    await db.$transaction([
      db.organization.createMany({ data: batch.map((b) => b.org), skipDuplicates: true }),
      db.companyProfile.createMany({ data: batch.map((b) => b.profile), skipDuplicates: true }),
    ]);
    bar.update(start + batch.length);
  }
}

/**
 * The case generator from prisma/seed/cases.ts, with six in ten cases' first partner replaced by a
 * generated company (name and organizationId), so the directory's track-record filter has data.
 */
async function seedCasesAtScale(db: PrismaClient, bar: Bar) {
  const done = await db.case.count({ where: { isDemo: true } });
  if (done >= SCALE.cases) return bar.update(SCALE.cases);
  const municipalities = await db.organization.findMany({
    where: { kind: "MUNICIPALITY", lgCode: { not: null } },
    select: { id: true, name: true },
    orderBy: { lgCode: "asc" },
  });
  const themeIds = new Map((await db.theme.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const cities = await loadCitiesByPref(db);
  for (let start = 0; start < SCALE.cases; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, SCALE.cases - start) }, (_, k) => {
      const i = start + k;
      const b = demoCase(i, municipalities, themeIds);
      if (prng(i * 31 + 7)() < 0.6) {
        const ci = (i * 7919) % SCALE.companies;
        const company = demoCompany(ci, cities).org;
        const old = b.partners[0].name;
        const swap = (s: string) => s.split(old).join(company.name);
        b.row = { ...b.row, title: swap(b.row.title), summary: swap(b.row.summary), body: swap(b.row.body) };
        b.partners = b.partners.map((p, n) =>
          n === 0 ? { ...p, name: company.name, organizationId: demoCompanyId(ci) } : p,
        );
      }
      return b;
    });
    const links = batch.flatMap((b) => b.themes.map((themeId) => [b.row.id, themeId] as const));
    await db.$transaction([
      db.case.createMany({ data: batch.map((b) => b.row), skipDuplicates: true }),
      db.casePartner.createMany({ data: batch.flatMap((b) => b.partners), skipDuplicates: true }),
      db.$executeRaw`INSERT INTO "_CaseToTheme" ("A", "B") SELECT * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[]) ON CONFLICT DO NOTHING`,
    ]);
    bar.update(start + batch.length);
  }
}

const KINDS: ChallengeKind[] = [
  "CONSULTATION",
  "CONSULTATION",
  "CONSULTATION",
  "THEME_PROPOSAL",
  "THEME_PROPOSAL",
  "FREE_PROPOSAL",
  "PROGRAM",
  "PRIVATE_CONSULTATION",
];
const PROGRAMS: ProgramKind[] = [
  "SOUNDING",
  "BUSINESS_ATTRACTION",
  "LOCAL_REVITALIZATION_ENTREPRENEUR",
  "CORPORATE_FURUSATO",
];
const OFFERS: ChallengeOffer[] = ["DATA", "FACILITIES", "FIELD_TRIAL", "PR", "NO_BUDGET_OK"];
const WORRIES = [
  "の担い手が足りない",
  "に時間がかかりすぎている",
  "の情報が住民に届かない",
  "の費用が年々増えている",
  "のデータが活用できていない",
];
const DAY = 86_400_000;

/** 5,000 published demo challenges; authors are per-municipality seed users who can never sign in. */
async function seedChallengesAtScale(db: PrismaClient, bar: Bar) {
  const done = await db.challenge.count({ where: { id: { startsWith: "scale-challenge-" } } });
  if (done >= SCALE.challenges) return bar.update(SCALE.challenges);
  const municipalities = await db.organization.findMany({
    where: { kind: "MUNICIPALITY", lgCode: { not: null } },
    select: { id: true, lgCode: true },
    orderBy: { lgCode: "asc" },
  });
  const themes = await db.theme.findMany({ select: { id: true, nameJa: true } });
  // Same e-mail scheme as prisma/seed/challenges.ts, so existing seed authors are reused.
  const passwordHash = await hashPassword(randomBytes(32).toString("hex"));
  const used = municipalities.filter((_, k) => k % 3 === 0);
  await db.user.createMany({
    data: used.map((m) => ({
      email: `seed-staff-${m.lgCode}@kyoso.test`,
      name: "デモ 職員",
      role: "MUNICIPAL_STAFF" as const,
      status: "ACTIVE" as const,
      passwordHash,
    })),
    skipDuplicates: true,
  });
  const users = await db.user.findMany({
    where: { email: { in: used.map((m) => `seed-staff-${m.lgCode}@kyoso.test`) } },
    select: { id: true, email: true },
  });
  const userByEmail = new Map(users.map((u) => [u.email, u.id]));
  await db.membership.createMany({
    data: used.map((m) => ({ userId: userByEmail.get(`seed-staff-${m.lgCode}@kyoso.test`)!, organizationId: m.id })),
    skipDuplicates: true,
  });
  const now = Date.UTC(2026, 0, 1);
  for (let start = 0; start < SCALE.challenges; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, SCALE.challenges - start) }, (_, k) => {
      const i = start + k;
      const r = prng(0xc4a1 + i * 65537);
      const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
      const m = pick(used);
      const theme = pick(themes);
      const kind = pick(KINDS);
      const publishedAt = new Date(now - Math.floor(r() * 365) * DAY);
      return {
        row: {
          id: `scale-challenge-${String(i + 1).padStart(5, "0")}`,
          kind,
          programKind: kind === "PROGRAM" ? pick(PROGRAMS) : null,
          status: "PUBLISHED" as const,
          isDemo: true,
          title: `【デモ】${theme.nameJa}${pick(WORRIES)}`,
          situation: `【デモデータ】画面と検索の確認用に自動で作った架空の課題です。${theme.nameJa}の分野で、職員の手が回らず困っている、という想定です。`,
          offers: OFFERS.filter(() => r() < 0.35),
          municipalityId: m.id,
          authorId: userByEmail.get(`seed-staff-${m.lgCode}@kyoso.test`)!,
          publishedAt,
          createdAt: publishedAt,
        },
        themeId: theme.id,
      };
    });
    await db.$transaction([
      db.challenge.createMany({ data: rows.map((x) => x.row), skipDuplicates: true }),
      db.$executeRaw`INSERT INTO "_ChallengeToTheme" ("A", "B") SELECT * FROM unnest(${rows.map((x) => x.row.id)}::text[], ${rows.map((x) => x.themeId)}::text[]) ON CONFLICT DO NOTHING`,
    ]);
    bar.update(start + rows.length);
  }
}

export async function seedScale(db: PrismaClient) {
  const started = performance.now();
  const bars = new cliProgress.MultiBar(
    {
      format: " {bar} {percentage}% | {value}/{total} {label}",
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 3000,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    await seedCompaniesAtScale(db, newBar(bars, "企業", SCALE.companies));
    await seedCasesAtScale(db, newBar(bars, "事例", SCALE.cases));
    await seedChallengesAtScale(db, newBar(bars, "課題", SCALE.challenges));
    await seedMatchesAtScale(db, newBar(bars, "マッチ", SCALE_MATCHES), { companies: SCALE.companies });
  } finally {
    bars.stop();
  }
  await seedDemoCompanyProfile(db);
  await db.$executeRawUnsafe(`ANALYZE "Organization", "CompanyProfile", "Case", "CasePartner", "Challenge"`);
  // The rows above bypass the mutations (and their search jobs): rebuild the search index from them.
  const { reindexAll } = await import("@/lib/search/reindex");
  await reindexAll();
  await db.$executeRawUnsafe(`ANALYZE "SearchEntry"`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `大規模デモデータ：企業 ${SCALE.companies.toLocaleString()}社・事例 ${SCALE.cases.toLocaleString()}件・課題 ${SCALE.challenges.toLocaleString()}件（${seconds.toFixed(1)}秒）`,
  );
  return seconds;
}
