// 20,000 demo matches for `npm run db:seed -- --scale` and `npm run bench:funnel`: realistic stage
// histories (MatchStageChange rows), 見送り from every stage, some skipped stages, flags that go with
// progress, created over ~3 years across the scale challenges' municipalities, with departments,
// coordinators, themes (through the challenges) and schemes. Deterministic (seeded PRNG, fixed ids),
// createMany in batches with skipDuplicates, so a second run adds only what is missing.
import { randomBytes } from "node:crypto";
import type { SingleBar } from "cli-progress";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseScheme, MatchDeclineReason, MatchOrigin, MatchStage } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { PIPELINE } from "@/lib/matches/stages";
import { demoCompanyId } from "../prisma/seed/companies";
import { prng } from "../prisma/seed/cases";

export const SCALE_MATCHES = 20_000;
const BATCH = 1000;
const DAY = 86_400_000;
// Fixed, so the data is the same on every machine and every run.
const END = Date.UTC(2026, 10, 1);
const SPAN = 3 * 365 * DAY;

const DEPARTMENTS = [
  "企画政策課",
  "DX推進課",
  "防災危機管理課",
  "観光振興課",
  "商工労働課",
  "子育て支援課",
  "高齢福祉課",
  "環境政策課",
  "農林水産課",
  "都市計画課",
  "健康づくり課",
  "生涯学習課",
];
const COORDINATORS = [
  "佐藤 美咲",
  "鈴木 健太",
  "高橋 由美",
  "田中 翔",
  "伊藤 真理",
  "渡辺 大輔",
  "山本 彩",
  "中村 拓也",
  "小林 恵",
  "加藤 誠",
  "吉田 葵",
  "山田 隆",
  "佐々木 結衣",
  "松本 亮",
];
const SCHEMES: CaseScheme[] = [
  "DEMONSTRATION",
  "DEMONSTRATION",
  "DEMONSTRATION",
  "DISCRETIONARY_CONTRACT",
  "DISCRETIONARY_CONTRACT",
  "PROPOSAL",
  "PROPOSAL",
  "TENDER",
  "CORPORATE_FURUSATO",
  "COMPREHENSIVE_ALLIANCE",
  "OTHER",
];
const REASONS: MatchDeclineReason[] = [
  "NO_BUDGET",
  "NO_BUDGET",
  "NO_BUDGET",
  "NOT_A_FIT",
  "NOT_A_FIT",
  "TIMING",
  "TIMING",
  "CHOSE_OTHER",
  "COMPANY_WITHDREW",
  "NO_RESPONSE",
  "NO_RESPONSE",
  "OTHER",
];
const NEXT_ACTIONS = [
  "担当課と打合せ日程を調整する",
  "企業から提案書を受け取る",
  "実証実験の計画を詰める",
  "財政課へ説明する資料を作る",
  "見積もりを依頼する",
];
// Chance of moving on from rank n (興味表明, マッチング, 商談, 事業化検討), and of being declined there;
// the rest stay where they are (in progress, or 停滞).
const ADVANCE = [0.8, 0.5, 0.55, 0.45];
const DECLINE = [0.12, 0.3, 0.28, 0.35];

export const scaleMatchId = (i: number) => `scale-match-${String(i + 1).padStart(5, "0")}`;

type Ctx = {
  challenges: { id: string; municipalityId: string }[];
  municipalities: string[];
  departments: Map<string, string[]>;
  coordinators: string[];
  companies: number;
};

/** Match i: a pure function of (i, ctx), so batches are independent and re-runs identical. */
export function demoMatch(i: number, ctx: Ctx) {
  const r = prng(0x3a7c + i * 92821);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const id = scaleMatchId(i);
  const createdAt = END - SPAN + Math.floor(Math.pow(r(), 0.75) * (SPAN - 20 * DAY));
  const u = r();
  const origin: MatchOrigin = u < 0.6 ? "INTEREST" : u < 0.85 ? "INTRODUCTION" : "DIRECT_INQUIRY";
  const challenge = r() < (origin === "DIRECT_INQUIRY" ? 0.3 : 0.92) ? pick(ctx.challenges) : null;
  const municipalityId = challenge?.municipalityId ?? pick(ctx.municipalities);
  const depts = ctx.departments.get(municipalityId) ?? [];
  const departmentId = depts.length && r() < 0.85 ? pick(depts) : null;
  // A few coordinators carry most matches.
  const coordinatorId = r() < 0.88 ? ctx.coordinators[Math.floor(Math.pow(r(), 1.6) * ctx.coordinators.length)] : null;
  const organized = r() < 0.45;

  const history: { stage: MatchStage; at: number }[] =
    origin === "INTRODUCTION"
      ? [{ stage: "INTEREST", at: createdAt }]
      : origin === "DIRECT_INQUIRY"
        ? [{ stage: "MATCHING", at: createdAt }]
        : [
            { stage: "INTEREST", at: createdAt },
            { stage: "MATCHING", at: createdAt + (2 + Math.floor(r() * 18)) * DAY },
          ];
  let rank = PIPELINE.indexOf(history.at(-1)!.stage as (typeof PIPELINE)[number]);
  let t = history.at(-1)!.at;
  let reason: MatchDeclineReason | null = null;
  while (rank < 4) {
    const gap = (10 + Math.floor(r() * 75)) * DAY;
    if (t + gap > END) break; // still in progress
    t += gap;
    const boost = rank === 1 || rank === 2 ? (organized ? 1.25 : 0.75) : 1;
    const x = r();
    if (x < DECLINE[rank]) {
      reason = pick(REASONS);
      history.push({ stage: "DECLINED", at: t });
      break;
    }
    if (x >= DECLINE[rank] + ADVANCE[rank] * boost) break; // stalled
    rank = Math.min(4, rank + (rank >= 1 && rank <= 2 && r() < 0.07 ? 2 : 1)); // some skip a stage
    history.push({ stage: PIPELINE[rank], at: t });
  }
  const last = history.at(-1)!;
  const metDepartment = rank >= 2 ? r() < 0.9 : rank === 1 ? r() < 0.15 : false;
  const fy = (ms: number) => {
    const d = new Date(ms + 9 * 3600_000);
    return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  };
  const inProgress = last.stage !== "DECLINED" && last.stage !== "BUDGETED";
  const row = {
    id,
    origin,
    challengeId: challenge?.id ?? null,
    municipalityId,
    departmentId,
    companyId: demoCompanyId(Math.floor(r() * ctx.companies)),
    coordinatorId,
    stage: last.stage,
    maxStageRank: rank,
    declineReason: reason,
    declineNote: reason && r() < 0.3 ? "【デモ】次年度に改めて検討したいとのこと。" : null,
    metDepartment,
    contentOrganized: organized && rank >= 1,
    nextAction: inProgress && r() < 0.7 ? pick(NEXT_ACTIONS) : null,
    nextActionOn: inProgress ? new Date(Math.floor((last.at + 14 * DAY) / DAY) * DAY) : null,
    expectedBudget: rank >= 3 ? BigInt((10 + Math.floor(r() * 290)) * 100_000) : null,
    targetFiscalYear: rank >= 2 ? fy(last.at) + 1 : null,
    scheme: rank >= 2 ? (r() < 0.85 ? pick(SCHEMES) : null) : rank === 1 && r() < 0.2 ? pick(SCHEMES) : null,
    version: history.length - 1,
    stageChangedAt: new Date(last.at),
    lastActivityAt: new Date(Math.min(END, last.at + Math.floor(r() * 20) * DAY)),
    createdAt: new Date(createdAt),
  };
  const changes = history.map((h, k) => ({
    id: `${id}-${k}`,
    matchId: id,
    fromStage: k === 0 ? null : history[k - 1].stage,
    toStage: h.stage,
    createdAt: new Date(h.at),
    actorId: k === 0 && origin !== "INTRODUCTION" ? null : coordinatorId,
    note: h.stage === "DECLINED" ? row.declineNote : null,
  }));
  return { row, changes };
}

async function loadContext(db: PrismaClient, companies: number): Promise<Ctx> {
  const challenges = await db.challenge.findMany({
    where: { id: { startsWith: "scale-challenge-" } },
    select: { id: true, municipalityId: true },
    orderBy: { id: "asc" },
  });
  if (challenges.length === 0)
    throw new Error("seed-matches: run the scale challenges first (npm run db:seed -- --scale)");
  // Ordered by 団体コード, not by id (cuids differ between machines), so the picks are the same everywhere.
  const used = new Set(challenges.map((c) => c.municipalityId));
  const municipalities = (
    await db.organization.findMany({
      where: { id: { in: [...used] } },
      select: { id: true },
      orderBy: { lgCode: "asc" },
    })
  ).map((o) => o.id);
  // 4–6 departments per municipality, chosen by its position (deterministic).
  const wanted = municipalities.flatMap((orgId, k) =>
    Array.from({ length: 4 + (k % 3) }, (_, j) => ({
      organizationId: orgId,
      name: DEPARTMENTS[(k * 5 + j * 7) % DEPARTMENTS.length],
    })),
  );
  await db.department.createMany({ data: wanted, skipDuplicates: true });
  const depts = await db.department.findMany({
    where: { organizationId: { in: municipalities }, name: { in: DEPARTMENTS } },
    select: { id: true, organizationId: true },
    orderBy: { name: "asc" },
  });
  const departments = new Map<string, string[]>();
  for (const d of depts) departments.set(d.organizationId, [...(departments.get(d.organizationId) ?? []), d.id]);
  // Coordinators who can never sign in (random password); the demo coordinator gets a share too.
  const passwordHash = await hashPassword(randomBytes(32).toString("hex"));
  const emails = COORDINATORS.map((_, k) => `scale-coordinator-${String(k + 1).padStart(2, "0")}@kyoso.test`);
  await db.user.createMany({
    data: COORDINATORS.map((name, k) => ({
      email: emails[k],
      name: `${name}（デモ）`,
      role: "COORDINATOR" as const,
      status: "ACTIVE" as const,
      passwordHash,
    })),
    skipDuplicates: true,
  });
  const users = await db.user.findMany({
    where: { email: { in: ["coordinator@kyoso.test", ...emails] } },
    select: { id: true, email: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const coordinators = ["coordinator@kyoso.test", ...emails].map((e) => byEmail.get(e)).filter((x): x is string => !!x);
  return { challenges, municipalities, departments, coordinators, companies };
}

export async function seedMatchesAtScale(db: PrismaClient, bar: SingleBar, opts: { companies: number }) {
  const done = await db.match.count({ where: { id: { startsWith: "scale-match-" } } });
  if (done >= SCALE_MATCHES) return bar.update(SCALE_MATCHES);
  const ctx = await loadContext(db, opts.companies);
  for (let start = 0; start < SCALE_MATCHES; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, SCALE_MATCHES - start) }, (_, k) => demoMatch(start + k, ctx));
    await db.$transaction([
      db.match.createMany({ data: batch.map((b) => b.row), skipDuplicates: true }),
      db.matchStageChange.createMany({ data: batch.flatMap((b) => b.changes), skipDuplicates: true }),
    ]);
    bar.update(start + batch.length);
  }
  await db.$executeRawUnsafe(`ANALYZE "Match", "MatchStageChange", "Department"`);
}
