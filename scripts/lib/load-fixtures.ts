// What `npm run bench:load` needs on top of the scale seed: company users who can sign in (the
// scale companies have no users), threads for the demo staff to read, and the ids and filter
// values the load mix draws from. Fixed ids, so a second run reuses what the first one wrote.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "../../prisma/seed/users";

export const BENCH_COMPANIES = 8;
const THREADS = 40;
const MESSAGES_PER_THREAD = 12;
const STAFF_EMAIL = "staff@kaga.example.lg.jp";

export const benchCompanyEmail = (i: number) => `bench-company-${i}@kyoso.test`;

async function ensureCompanyUsers(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (let i = 0; i < BENCH_COMPANIES; i++) {
    const organizationId = `demo-company-${String(i * 97 + 1).padStart(5, "0")}`;
    await db.user.upsert({
      where: { email: benchCompanyEmail(i) },
      update: {},
      create: {
        email: benchCompanyEmail(i),
        name: `負荷試験 企業${i}`,
        role: "COMPANY_MEMBER",
        status: "ACTIVE",
        passwordHash,
        memberships: { create: { organizationId } },
      },
    });
  }
}

async function ensureThreads(db: PrismaClient) {
  if ((await db.thread.count({ where: { id: { startsWith: "bench-thread-" } } })) >= THREADS) return;
  const staff = await db.user.findUniqueOrThrow({ where: { email: STAFF_EMAIL }, include: { memberships: true } });
  const m = staff.memberships[0];
  const companies = await db.user.findMany({
    where: { email: { startsWith: "bench-company-" } },
    include: { memberships: true },
    orderBy: { email: "asc" },
  });
  const challenges = await db.challenge.findMany({
    where: { municipalityId: m.organizationId },
    select: { id: true },
    take: THREADS,
  });
  const t0 = Date.now() - 30 * 86_400_000;
  for (let i = 0; i < THREADS; i++) {
    const company = companies[i % companies.length];
    const id = `bench-thread-${String(i).padStart(3, "0")}`;
    const times = Array.from(
      { length: MESSAGES_PER_THREAD },
      (_, k) => new Date(t0 + (i * MESSAGES_PER_THREAD + k) * 3_600_000),
    );
    await db.thread.upsert({
      where: { id },
      update: {},
      create: {
        id,
        kind: "DIRECT_INQUIRY",
        subject: `負荷試験の問い合わせ ${i + 1}: 実証実験の進め方について`,
        municipalityId: m.organizationId,
        departmentId: m.departmentId,
        companyId: company.memberships[0].organizationId,
        challengeId: challenges[i % Math.max(challenges.length, 1)]?.id,
        createdById: company.id,
        lastMessageAt: times.at(-1),
        messages: {
          create: times.map((createdAt, k) => ({
            createdAt,
            authorId: k % 2 === 0 ? company.id : staff.id,
            body:
              k % 2 === 0
                ? `ご担当者様\n\n実証実験の第${k + 1}段階について、スケジュールと必要な資料を教えてください。`
                : `お問い合わせありがとうございます。\n\n第${k + 1}段階は来月から始める予定です。資料は追ってお送りします。`,
          })),
        },
      },
    });
  }
}

export type LoadFixtures = {
  caseIds: string[];
  challengeIds: string[];
  postableChallengeIds: string[];
  threadIds: string[];
  themes: string[];
  prefs: string[];
  years: number[];
  companyEmails: string[];
  staffEmail: string;
};

/** Creates what is missing, then samples ids spread over the whole table (not only the newest rows). */
export async function ensureLoadFixtures(db: PrismaClient): Promise<LoadFixtures> {
  await ensureCompanyUsers(db);
  await ensureThreads(db);
  const every = <T extends { id: string }>(rows: T[], n: number) =>
    rows
      .filter((_, i) => i % Math.max(1, Math.floor(rows.length / n)) === 0)
      .slice(0, n)
      .map((r) => r.id);
  const cases = await db.case.findMany({ where: { published: true }, select: { id: true }, orderBy: { id: "asc" } });
  const challenges = await db.challenge.findMany({
    where: { status: { in: ["PUBLISHED", "CLOSED"] }, kind: { not: "PRIVATE_CONSULTATION" } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  // Interests need answers to screening questions; the mix sends none, so it picks challenges without any.
  const postable = await db.challenge.findMany({
    where: { status: "PUBLISHED", kind: { not: "PRIVATE_CONSULTATION" }, screeningQuestions: { none: {} } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const threads = await db.thread.findMany({ where: { id: { startsWith: "bench-thread-" } }, select: { id: true } });
  const themes = await db.theme.findMany({ select: { slug: true } });
  const prefs = await db.organization.groupBy({
    by: ["prefectureCode"],
    where: { kind: "MUNICIPALITY", cases: { some: { published: true } } },
  });
  const years = await db.case.groupBy({ by: ["fiscalYear"], where: { published: true } });
  return {
    caseIds: every(cases, 500),
    challengeIds: every(challenges, 500),
    postableChallengeIds: every(postable, 2000),
    threadIds: threads.map((t) => t.id),
    themes: themes.map((t) => t.slug),
    prefs: prefs.map((p) => p.prefectureCode).filter((c): c is string => !!c),
    years: years.map((y) => y.fiscalYear),
    companyEmails: Array.from({ length: BENCH_COMPANIES }, (_, i) => benchCompanyEmail(i)),
    staffEmail: STAFF_EMAIL,
  };
}

/** A session cookie from the NextAuth credentials endpoint, the way the sign-in form gets one. */
export async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) =>
    res.headers.getSetCookie().forEach((c) => {
      const [kv] = c.split(";");
      jar.set(kv.split("=")[0], kv);
    });
  const cookie = () => [...jar.values()].join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const body = new URLSearchParams({
    csrfToken,
    email,
    password: DEMO_PASSWORD,
    json: "true",
    callbackUrl: `${base}/dashboard`,
  });
  keep(
    await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      body,
      headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded", origin: base },
      redirect: "manual",
    }),
  );
  const session = [...jar.entries()].find(([k]) => k.includes("session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed`);
  return session[1];
}
