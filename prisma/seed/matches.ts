import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseScheme, MatchDeclineReason, MatchOrigin, MatchStage } from "@/lib/generated/prisma/enums";
import { demoCompanyId } from "./companies";

// Demo matches for the pipeline board: 加賀市 with 株式会社デモテック and generated デモ companies,
// spread over every stage (skips, a reopened 見送り, stale ones), each with its stage history, plus
// two for 前橋市 so municipal staff can be seen NOT to get them. Fixed ids: re-running adds nothing.
// No interest or thread rows are linked, so the other demo flows (興味がある, messages) start clean.

const DAY = 86_400_000;
type Seed = {
  id: string;
  lgCode: string;
  company: "demotech" | number;
  challengeId?: string;
  department?: string;
  origin: MatchOrigin;
  /** The stages in order, first = where it started; the last is the current stage. */
  path: MatchStage[];
  startedDaysAgo: number;
  idleDays: number;
  decline?: { reason: MatchDeclineReason; note?: string };
  metDepartment?: boolean;
  contentOrganized?: boolean;
  nextAction?: string;
  nextActionInDays?: number;
  budget?: number;
  fy?: number;
  scheme?: CaseScheme;
  note?: string;
};

const KAGA = "172065";
const MAEBASHI = "102016";
const DEPT = "イノベーション推進部";

const SEEDS: Seed[] = [
  {
    id: "seed-match-01",
    lgCode: KAGA,
    company: "demotech",
    challengeId: "seed-challenge-kaga-akiya",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "MEETING"],
    startedDaysAgo: 40,
    idleDays: 3,
    metDepartment: true,
    nextAction: "所有者への案内文の案を送る",
    nextActionInDays: 7,
    budget: 3_000_000,
    fy: 2027,
    scheme: "DEMONSTRATION",
    note: "課長は前向き。財政課への説明資料が必要。",
  },
  {
    id: "seed-match-02",
    lgCode: KAGA,
    company: "demotech",
    challengeId: "seed-challenge-kaga-hinanjo",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING"],
    startedDaysAgo: 30,
    idleDays: 25,
    nextAction: "初回の打合せ日程を決める",
  },
  {
    id: "seed-match-03",
    lgCode: KAGA,
    company: 0,
    challengeId: "seed-challenge-kaga-hinanjo",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "MEETING", "FEASIBILITY"],
    startedDaysAgo: 90,
    idleDays: 10,
    metDepartment: true,
    contentOrganized: true,
    nextAction: "見積りの提出",
    nextActionInDays: 14,
    budget: 5_000_000,
    fy: 2026,
    scheme: "DISCRETIONARY_CONTRACT",
  },
  {
    id: "seed-match-04",
    lgCode: KAGA,
    company: 1,
    challengeId: "seed-challenge-kaga-furusato",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "MEETING", "FEASIBILITY", "BUDGETED"],
    startedDaysAgo: 200,
    idleDays: 5,
    metDepartment: true,
    contentOrganized: true,
    budget: 10_000_000,
    fy: 2026,
    scheme: "CORPORATE_FURUSATO",
  },
  {
    id: "seed-match-05",
    lgCode: KAGA,
    company: 2,
    challengeId: "seed-challenge-kaga-private",
    department: DEPT,
    origin: "INTRODUCTION",
    path: ["INTEREST"],
    startedDaysAgo: 20,
    idleDays: 20,
    nextAction: "要約を自治体に確認してもらう",
  },
  {
    id: "seed-match-06",
    lgCode: KAGA,
    company: 3,
    challengeId: "seed-challenge-kaga-akiya",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST"],
    startedDaysAgo: 4,
    idleDays: 4,
  },
  {
    id: "seed-match-07",
    lgCode: KAGA,
    company: 4,
    department: "観光交流課",
    origin: "DIRECT_INQUIRY",
    path: ["MATCHING"],
    startedDaysAgo: 15,
    idleDays: 2,
    nextAction: "温泉街の人流データの提供範囲を確認",
    nextActionInDays: 5,
  },
  // 商談を飛ばして事業化検討へ（skip）
  {
    id: "seed-match-08",
    lgCode: KAGA,
    company: 5,
    challengeId: "seed-challenge-kaga-akiya",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "FEASIBILITY"],
    startedDaysAgo: 120,
    idleDays: 60,
    contentOrganized: true,
    fy: 2027,
    scheme: "PROPOSAL",
    budget: 8_000_000,
  },
  {
    id: "seed-match-09",
    lgCode: KAGA,
    company: 6,
    challengeId: "seed-challenge-kaga-hinanjo",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "MEETING", "DECLINED"],
    startedDaysAgo: 150,
    idleDays: 40,
    decline: { reason: "NO_BUDGET" },
    metDepartment: true,
  },
  {
    id: "seed-match-10",
    lgCode: KAGA,
    company: 7,
    department: "観光交流課",
    origin: "DIRECT_INQUIRY",
    path: ["MATCHING", "DECLINED"],
    startedDaysAgo: 80,
    idleDays: 50,
    decline: { reason: "OTHER", note: "庁内の別事業と統合することになった" },
  },
  // 見送りから再開（reopen）
  {
    id: "seed-match-11",
    lgCode: KAGA,
    company: 8,
    challengeId: "seed-challenge-kaga-furusato",
    department: DEPT,
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "DECLINED", "MATCHING", "MEETING"],
    startedDaysAgo: 100,
    idleDays: 35,
    metDepartment: true,
    nextAction: "寄附額の相談",
    fy: 2027,
    scheme: "CORPORATE_FURUSATO",
  },
  {
    id: "seed-match-12",
    lgCode: KAGA,
    company: 9,
    department: DEPT,
    origin: "DIRECT_INQUIRY",
    path: ["MATCHING"],
    startedDaysAgo: 9,
    idleDays: 1,
  },
  {
    id: "seed-match-13",
    lgCode: MAEBASHI,
    company: 10,
    challengeId: "seed-challenge-maebashi-yoyaku",
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING", "MEETING"],
    startedDaysAgo: 50,
    idleDays: 6,
    metDepartment: true,
    fy: 2026,
  },
  {
    id: "seed-match-14",
    lgCode: MAEBASHI,
    company: "demotech",
    challengeId: "seed-challenge-maebashi-yoyaku",
    origin: "INTEREST",
    path: ["INTEREST", "MATCHING"],
    startedDaysAgo: 12,
    idleDays: 12,
  },
];

const RANK: Partial<Record<MatchStage, number>> = { INTEREST: 0, MATCHING: 1, MEETING: 2, FEASIBILITY: 3, BUDGETED: 4 };

export async function seedMatches(db: PrismaClient) {
  const coordinator = await db.user.findUnique({ where: { email: "coordinator@kyoso.test" }, select: { id: true } });
  const demotech = await db.organization.findFirst({
    where: { name: "株式会社デモテック", kind: "COMPANY" },
    select: { id: true },
  });
  if (!coordinator || !demotech) return;
  const now = Date.now();
  for (const s of SEEDS) {
    if (await db.match.findUnique({ where: { id: s.id }, select: { id: true } })) continue;
    const companyId = s.company === "demotech" ? demotech.id : demoCompanyId(s.company);
    const [municipality, company, challenge] = await Promise.all([
      db.organization.findUnique({ where: { lgCode: s.lgCode }, select: { id: true } }),
      db.organization.findUnique({ where: { id: companyId }, select: { id: true } }),
      s.challengeId ? db.challenge.findUnique({ where: { id: s.challengeId }, select: { id: true } }) : null,
    ]);
    if (!municipality || !company) continue;
    const department = s.department
      ? await db.department.upsert({
          where: { organizationId_name: { organizationId: municipality.id, name: s.department } },
          create: { organizationId: municipality.id, name: s.department },
          update: {},
          select: { id: true },
        })
      : null;
    // History spread evenly from the start to the last change (idleDays ago).
    const start = now - s.startedDaysAgo * DAY;
    const last = now - s.idleDays * DAY;
    const step = s.path.length > 1 ? (last - start) / (s.path.length - 1) : 0;
    const at = (i: number) => new Date(start + step * i);
    const stage = s.path.at(-1)!;
    const maxStageRank = Math.max(...s.path.map((p) => RANK[p] ?? 0));
    await db.match.create({
      data: {
        id: s.id,
        origin: s.origin,
        stage,
        maxStageRank,
        challengeId: challenge?.id ?? null,
        municipalityId: municipality.id,
        departmentId: department?.id ?? null,
        companyId: company.id,
        coordinatorId: coordinator.id,
        declineReason: stage === "DECLINED" ? s.decline?.reason : null,
        declineNote: stage === "DECLINED" ? (s.decline?.note ?? null) : null,
        metDepartment: s.metDepartment ?? false,
        // 「所管部署とMTG済」 follows the meeting log (issue 17): a flagged demo match has its meeting.
        meetings: s.metDepartment
          ? { create: { heldOn: at(s.path.length - 1), participants: "所管部署の担当者、企業の担当者" } }
          : undefined,
        contentOrganized: s.contentOrganized ?? false,
        nextAction: s.nextAction ?? null,
        nextActionOn: s.nextActionInDays
          ? new Date(new Date(now + s.nextActionInDays * DAY).toISOString().slice(0, 10))
          : null,
        expectedBudget: s.budget === undefined ? null : BigInt(s.budget),
        targetFiscalYear: s.fy ?? null,
        scheme: s.scheme ?? null,
        internalNote: s.note ?? null,
        createdAt: at(0),
        stageChangedAt: at(s.path.length - 1),
        lastActivityAt: new Date(last),
        changes: {
          create: s.path.map((to, i) => ({
            fromStage: i === 0 ? null : s.path[i - 1],
            toStage: to,
            createdAt: at(i),
            actorId: i === 0 ? null : coordinator.id,
            note: to === "DECLINED" ? "先方と相談のうえ、いったん見送り" : null,
          })),
        },
      },
    });
  }
}
