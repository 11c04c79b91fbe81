import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { fiscalYearOf } from "@/lib/format";
import { demoCompanyId } from "./companies";
import { DAY, dateFrom, deskContext, type DeskContext } from "./desk-context";
import { seedLoopCase } from "./loop-case";
import { KAGA_CHALLENGE, KAGA_THREAD, LOOP_IDS as ID, PILOT_ENDED, PILOT_PLANNING, PILOT_RUNNING } from "./loop-data";

// Issue 18's loop in the demo (docs/loop.md "Demo data"): a 加賀市 × デモテック match taken through an ended pilot to
// 事業化・予算化 with its path to a budget, the case written from it and approved by the company, 南砺市 replicating it
// (its challenge, the invitation thread with the company's answer, the new match counted as 横展開), a question from
// 南砺市 answered by 加賀市's desk, a running pilot and one waiting for the department's agreement. Invented, like the
// other demo data; fixed "seed-" ids, and a row that exists is left as it is, so `npm run db:seed` again changes nothing.

export type LoopContext = DeskContext & { nantoId: string; nantoDeptId: string; nantoStaffId: string };

async function loopContext(db: PrismaClient): Promise<LoopContext | null> {
  const ctx = await deskContext(db);
  const nanto = await db.user.findUnique({
    where: { email: "staff@nanto.example.lg.jp" },
    select: { id: true, memberships: { select: { organizationId: true, departmentId: true } } },
  });
  const m = nanto?.memberships[0];
  if (!ctx || !nanto || !m?.departmentId) return null;
  return { ...ctx, nantoId: m.organizationId, nantoDeptId: m.departmentId, nantoStaffId: nanto.id };
}

/** Demo data only: prisma/seed.ts calls it after the desk seed, never with KYOSO_DEMO_DATA=0. */
export async function seedLoop(db: PrismaClient) {
  const ctx = await loopContext(db);
  if (!ctx) return;
  await seedBudgetedMatch(db, ctx);
  await seedEndedPilot(db, ctx);
  await seedLoopCase(db, ctx);
  await seedRunningPilot(db, ctx);
  await seedPlanningPilot(db, ctx);
}

const at = (ctx: LoopContext, days: number) => new Date(ctx.now + days * DAY);

/** The 加賀市 challenge, the direct inquiry that answered it, and its match, now at 事業化・予算化. */
async function seedBudgetedMatch(db: PrismaClient, ctx: LoopContext) {
  if (await db.match.findUnique({ where: { id: ID.kagaMatch }, select: { id: true } })) return;
  const innovation = ctx.dept.innovation;
  if (!(await db.challenge.findUnique({ where: { id: ID.kagaChallenge }, select: { id: true } })))
    await db.challenge.create({
      data: {
        id: ID.kagaChallenge,
        kind: "CONSULTATION",
        status: "CLOSED",
        ...KAGA_CHALLENGE,
        offers: ["DATA", "FIELD_TRIAL", "NO_BUDGET_OK"],
        budgetStatus: "NONE",
        isDemo: true,
        municipalityId: ctx.kagaId,
        departmentId: innovation.id,
        authorId: innovation.clerkId,
        createdAt: at(ctx, -340),
        publishedAt: at(ctx, -340),
        closedAt: at(ctx, -150),
        themes: { connect: [{ slug: "dx" }] },
      },
    });
  if (!(await db.thread.findUnique({ where: { id: ID.kagaThread }, select: { id: true } })))
    await db.thread.create({
      data: {
        id: ID.kagaThread,
        kind: "DIRECT_INQUIRY",
        subject: KAGA_THREAD.subject,
        challengeId: ID.kagaChallenge,
        municipalityId: ctx.kagaId,
        departmentId: innovation.id,
        companyId: ctx.demotechId,
        createdById: innovation.clerkId,
        createdAt: at(ctx, -332),
        lastMessageAt: at(ctx, -330),
        messages: {
          create: [
            { authorId: innovation.clerkId, body: KAGA_THREAD.inquiry, createdAt: at(ctx, -332) },
            { authorId: ctx.companyUserId, body: KAGA_THREAD.answer, createdAt: at(ctx, -330) },
          ],
        },
      },
    });
  // マッチング when the company answered, 商談 at the first meeting, 事業化検討 after the pilot's end review,
  // 事業化・予算化 when the budget request went in.
  const path = [
    { fromStage: null, toStage: "MATCHING", createdAt: at(ctx, -330), actorId: ctx.companyUserId },
    { fromStage: "MATCHING", toStage: "MEETING", createdAt: at(ctx, -310), actorId: ctx.coordinatorId },
    { fromStage: "MEETING", toStage: "FEASIBILITY", createdAt: at(ctx, -160), actorId: ctx.coordinatorId },
    { fromStage: "FEASIBILITY", toStage: "BUDGETED", createdAt: at(ctx, -30), actorId: ctx.coordinatorId },
  ] as const;
  await db.match.create({
    data: {
      id: ID.kagaMatch,
      origin: "DIRECT_INQUIRY",
      stage: "BUDGETED",
      maxStageRank: 4,
      threadId: ID.kagaThread,
      challengeId: ID.kagaChallenge,
      municipalityId: ctx.kagaId,
      departmentId: innovation.id,
      companyId: ctx.demotechId,
      coordinatorId: ctx.coordinatorId,
      metDepartment: true,
      meetings: {
        create: {
          heldOn: dateFrom(ctx.now, -310),
          participants: `イノベーション推進部 ${innovation.clerkName}、株式会社デモテック 営業 三郎`,
          memo: "電話の内訳を確認。無償の実証実験（3か月）から始めることで合意。",
          loggedById: innovation.clerkId,
        },
      },
      contentOrganized: true,
      nextAction: "財政ヒアリングの資料（実証結果と事業費の内訳）を用意する",
      nextActionOn: dateFrom(ctx.now, 14),
      expectedBudget: BigInt(4_800_000),
      targetFiscalYear: fiscalYearOf(new Date(ctx.now)) + 1,
      scheme: "DISCRETIONARY_CONTRACT",
      fundingSource: "NATIONAL_GRANT",
      fundingName: "デジタル田園都市国家構想交付金",
      procurementRoute: "DISCRETIONARY",
      internalNote: "財政課は交付金の採択が前提との意見。",
      version: 6,
      createdAt: at(ctx, -330),
      stageChangedAt: at(ctx, -30),
      lastActivityAt: at(ctx, -20),
      changes: { create: path.map((c) => ({ ...c })) },
    },
  });
}

/** The pilot on that match, agreed by both sides, reviewed mid-way and at the end: one criterion met, one not. */
async function seedEndedPilot(db: PrismaClient, ctx: LoopContext) {
  if (await db.pilot.findUnique({ where: { id: ID.endedPilot }, select: { id: true } })) return;
  const { criteria, ...text } = PILOT_ENDED;
  const clerk = ctx.dept.innovation.clerkId;
  await db.pilot.create({
    data: {
      id: ID.endedPilot,
      matchId: ID.kagaMatch,
      status: "ENDED",
      ...text,
      startsOn: dateFrom(ctx.now, -270),
      endsOn: dateFrom(ctx.now, -180),
      costFree: true,
      midReviewOn: dateFrom(ctx.now, -225),
      endReviewOn: dateFrom(ctx.now, -172),
      companyAgreedAt: at(ctx, -285),
      companyAgreedById: ctx.companyUserId,
      cityAgreedAt: at(ctx, -283),
      cityAgreedById: clerk,
      midReviewedAt: at(ctx, -224),
      endReviewedAt: at(ctx, -170),
      version: 5,
      createdById: clerk,
      createdAt: at(ctx, -295),
      criteria: { create: criteria.map((c, sortOrder) => ({ ...c, sortOrder })) },
    },
  });
}

/** 加賀市 × デモテック at 商談: both sides agreed, the period has begun and the mid review is due in five days. */
async function seedRunningPilot(db: PrismaClient, ctx: LoopContext) {
  if (await db.pilot.findUnique({ where: { id: ID.runningPilot }, select: { id: true } })) return;
  if (!(await db.match.findUnique({ where: { id: "seed-match-01" }, select: { id: true } }))) return;
  const { criteria, ...text } = PILOT_RUNNING;
  const clerk = ctx.dept.innovation.clerkId;
  await db.pilot.create({
    data: {
      id: ID.runningPilot,
      matchId: "seed-match-01",
      status: "AGREED",
      ...text,
      startsOn: dateFrom(ctx.now, -20),
      endsOn: dateFrom(ctx.now, 70),
      costFree: true,
      midReviewOn: dateFrom(ctx.now, 5),
      endReviewOn: dateFrom(ctx.now, 80),
      companyAgreedAt: at(ctx, -26),
      companyAgreedById: ctx.companyUserId,
      cityAgreedAt: at(ctx, -25),
      cityAgreedById: clerk,
      version: 3,
      createdById: clerk,
      createdAt: at(ctx, -30),
      criteria: { create: criteria.map((c, sortOrder) => ({ ...c, sortOrder })) },
    },
  });
}

/**
 * 加賀市 × a directory company at 事業化検討: the company agreed the terms, the department has not yet. The company
 * gets a member who agreed for it (a random password nobody knows, like the other seed clerks).
 */
async function seedPlanningPilot(db: PrismaClient, ctx: LoopContext) {
  if (await db.pilot.findUnique({ where: { id: ID.planningPilot }, select: { id: true } })) return;
  const match = await db.match.findUnique({ where: { id: "seed-match-03" }, select: { companyId: true } });
  if (match?.companyId !== demoCompanyId(0)) return;
  if (!(await db.user.findUnique({ where: { id: ID.planningCompanyUser }, select: { id: true } })))
    await db.user.create({
      data: {
        id: ID.planningCompanyUser,
        email: "seed-company-00001@kyoso.test",
        name: "デモ 担当",
        role: "COMPANY_MEMBER",
        status: "ACTIVE",
        passwordHash: await hashPassword(randomBytes(32).toString("hex")),
        memberships: { create: { organizationId: match.companyId } },
      },
    });
  const { criteria, ...text } = PILOT_PLANNING;
  await db.pilot.create({
    data: {
      id: ID.planningPilot,
      matchId: "seed-match-03",
      status: "PLANNING",
      ...text,
      startsOn: dateFrom(ctx.now, 30),
      endsOn: dateFrom(ctx.now, 120),
      costFree: false,
      costAmount: BigInt(300_000),
      midReviewOn: dateFrom(ctx.now, 75),
      endReviewOn: dateFrom(ctx.now, 130),
      companyAgreedAt: at(ctx, -2),
      companyAgreedById: ID.planningCompanyUser,
      version: 2,
      createdById: ctx.coordinatorId,
      createdAt: at(ctx, -6),
      criteria: { create: criteria.map((c, sortOrder) => ({ ...c, sortOrder })) },
    },
  });
}
