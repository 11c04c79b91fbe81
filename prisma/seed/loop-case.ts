import type { PrismaClient } from "@/lib/generated/prisma/client";
import { figuresOf } from "@/lib/case-approval/prefill";
import { fiscalYearOf } from "@/lib/format";
import { dateFrom, DAY } from "./desk-context";
import type { LoopContext } from "./loop";
import { KAGA_CASE, LOOP_IDS as ID, NANTO_CHALLENGE, NANTO_THREAD, PEER, PILOT_ENDED } from "./loop-data";

// The second half of the loop's demo (./loop.ts): the case written from the budgeted match and its ended pilot,
// approved by the company and published; 南砺市's challenge started from it, the invitation to the partner company
// with its answer and the match that answer made (横展開); and 南砺市's question to 加賀市 about the case.

export async function seedLoopCase(db: PrismaClient, ctx: LoopContext) {
  const at = (days: number) => new Date(ctx.now + days * DAY);
  const exists = {
    case: await db.case.findUnique({ where: { id: ID.kagaCase }, select: { id: true } }),
    challenge: await db.challenge.findUnique({ where: { id: ID.nantoChallenge }, select: { id: true } }),
    thread: await db.thread.findUnique({ where: { id: ID.nantoThread }, select: { id: true } }),
    match: await db.match.findUnique({ where: { id: ID.nantoMatch }, select: { id: true } }),
    peer: await db.peerQuestion.findUnique({ where: { id: ID.peerQuestion }, select: { id: true } }),
  };
  const clerk = ctx.dept.innovation.clerkId;

  if (!exists.case) {
    const pilot = await db.pilot.findUniqueOrThrow({ where: { id: ID.endedPilot }, select: { startsOn: true } });
    await db.case.create({
      data: {
        id: ID.kagaCase,
        title: KAGA_CASE.title,
        summary: KAGA_CASE.summary,
        body: KAGA_CASE.body,
        municipalityId: ctx.kagaId,
        scheme: "DISCRETIONARY_CONTRACT",
        outcome: "ADOPTED",
        fiscalYear: fiscalYearOf(pilot.startsOn),
        startedOn: dateFrom(ctx.now, -270),
        endedOn: dateFrom(ctx.now, -180),
        figures: figuresOf(PILOT_ENDED.criteria),
        isDemo: true,
        published: true,
        budgetAmount: BigInt(4_800_000),
        matchId: ID.kagaMatch,
        pilotId: ID.endedPilot,
        // Edited once after the first draft; the company approved the version that is published.
        companyApproval: "APPROVED",
        contentVersion: 2,
        approvedVersion: 2,
        approvalRequestedAt: at(-25),
        approvalRequestedById: clerk,
        approvalAnsweredAt: at(-22),
        approvedById: ctx.companyUserId,
        createdById: clerk,
        createdAt: at(-28),
        partners: {
          create: { name: "株式会社デモテック", role: KAGA_CASE.partnerRole, organizationId: ctx.demotechId },
        },
        themes: { connect: [{ slug: "dx" }] },
      },
    });
  }

  if (!exists.challenge)
    await db.challenge.create({
      data: {
        id: ID.nantoChallenge,
        kind: "CONSULTATION",
        status: "PUBLISHED",
        ...NANTO_CHALLENGE,
        offers: ["DATA", "FIELD_TRIAL"],
        isDemo: true,
        municipalityId: ctx.nantoId,
        departmentId: ctx.nantoDeptId,
        authorId: ctx.nantoStaffId,
        sourceCaseId: ID.kagaCase,
        createdAt: at(-12),
        publishedAt: at(-10),
        themes: { connect: [{ slug: "dx" }] },
      },
    });

  // 「招待する」: a direct inquiry about the challenge to the case's partner company, which answered it.
  if (!exists.thread)
    await db.thread.create({
      data: {
        id: ID.nantoThread,
        kind: "DIRECT_INQUIRY",
        subject: NANTO_THREAD.subject,
        challengeId: ID.nantoChallenge,
        municipalityId: ctx.nantoId,
        departmentId: ctx.nantoDeptId,
        companyId: ctx.demotechId,
        createdById: ctx.nantoStaffId,
        createdAt: at(-9),
        lastMessageAt: at(-8),
        messages: {
          create: [
            { authorId: ctx.nantoStaffId, body: NANTO_THREAD.invite, createdAt: at(-9) },
            { authorId: ctx.companyUserId, body: NANTO_THREAD.answer, createdAt: at(-8) },
          ],
        },
      },
    });

  // What lib/matches/create.ts makes of the company's first answer: マッチング, counted as 横展開.
  if (!exists.match)
    await db.match.create({
      data: {
        id: ID.nantoMatch,
        origin: "DIRECT_INQUIRY",
        stage: "MATCHING",
        maxStageRank: 1,
        threadId: ID.nantoThread,
        challengeId: ID.nantoChallenge,
        municipalityId: ctx.nantoId,
        departmentId: ctx.nantoDeptId,
        companyId: ctx.demotechId,
        sourceCaseId: ID.kagaCase,
        createdAt: at(-8),
        stageChangedAt: at(-8),
        lastActivityAt: at(-8),
        changes: { create: { toStage: "MATCHING", actorId: ctx.companyUserId, createdAt: at(-8) } },
      },
    });

  if (!exists.peer)
    await db.peerQuestion.create({
      data: {
        id: ID.peerQuestion,
        caseId: ID.kagaCase,
        fromMunicipalityId: ctx.nantoId,
        toMunicipalityId: ctx.kagaId,
        askerId: ctx.nantoStaffId,
        subject: PEER.subject,
        status: "ANSWERED",
        createdAt: at(-7),
        lastMessageAt: at(-6),
        messages: {
          create: [
            { authorId: ctx.nantoStaffId, municipalityId: ctx.nantoId, body: PEER.question, createdAt: at(-7) },
            { authorId: ctx.deskId, municipalityId: ctx.kagaId, body: PEER.answer, createdAt: at(-6) },
          ],
        },
      },
    });
}
