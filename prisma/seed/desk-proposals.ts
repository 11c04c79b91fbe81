import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { addBusinessDays, DESK_DEFAULTS } from "@/lib/desk/due";
import { demoCompanyId } from "./companies";
import { DAY, type DeskContext } from "./desk-context";
import { SEED_PROPOSALS, type SeedProposal } from "./desk-proposals-data";

const OPEN_STEPS: ProposalStatus[] = ["ROUTED", "REVIEWING", "MEETING"];

/**
 * Target time of the current step, as the desk computes it (lib/desk/due.ts, the default days): 受付 counts from
 * receipt, a later open step from when it began, a closed proposal has none.
 */
export function seedDueAt(status: ProposalStatus, createdAt: Date, statusChangedAt: Date): Date | null {
  if (status === "RECEIVED") return addBusinessDays(createdAt, DESK_DEFAULTS.firstAnswerDays);
  if (OPEN_STEPS.includes(status)) return addBusinessDays(statusChangedAt, DESK_DEFAULTS.stepDays);
  return null;
}

export async function seedProposals(db: PrismaClient, ctx: DeskContext) {
  for (const p of SEED_PROPOSALS) {
    if (await db.proposal.findUnique({ where: { id: p.id }, select: { id: true } })) continue;
    const companyId = p.company === "demotech" ? ctx.demotechId : demoCompanyId(p.company);
    if (!(await db.organization.findUnique({ where: { id: companyId }, select: { id: true } }))) continue;
    // Track record: cases the company is a partner of (the demo company's come from the generated demo cases).
    const cases = await db.casePartner.findMany({
      where: { organizationId: companyId },
      select: { caseId: true },
      orderBy: { caseId: "asc" },
      take: 2,
    });
    await db.$transaction((tx) => createProposal(tx, ctx, p, companyId, [...new Set(cases.map((c) => c.caseId))]));
  }
}

async function createProposal(
  tx: Prisma.TransactionClient,
  ctx: DeskContext,
  p: SeedProposal,
  companyId: string,
  caseIds: string[],
) {
  const at = (daysAgo: number) => new Date(ctx.now - daysAgo * DAY);
  const authorId = p.company === "demotech" ? ctx.companyUserId : null;
  const actor = { desk: ctx.deskId, dept: p.dept ? ctx.dept[p.dept].clerkId : ctx.deskId, company: authorId };
  const changes = p.steps.filter((s) => s.to);
  const status = changes.at(-1)?.to ?? "RECEIVED";
  const createdAt = at(p.daysAgo);
  const statusChangedAt = changes.length ? at(changes.at(-1)!.daysAgo) : createdAt;
  // The company hears back with the desk's first step; taking it back itself is not an answer.
  const firstAnswer = changes.find((s) => s.by !== "company");
  const department = p.dept ? ctx.dept[p.dept].id : null;
  if (p.match) await createMatch(tx, ctx, p, companyId, department, at(changes.at(-1)!.daysAgo));
  await tx.proposal.create({
    data: {
      id: p.id,
      municipalityId: ctx.kagaId,
      companyId,
      authorId,
      challengeId: p.challengeId ?? null,
      sourceCaseId: p.fromCase ? (caseIds[0] ?? null) : null,
      title: p.title,
      problem: p.problem,
      proposal: p.proposal,
      trackRecord: p.trackRecord ?? null,
      cost: p.cost,
      costNote: p.costNote ?? null,
      asks: p.asks ?? null,
      status,
      departmentId: department,
      salesOnly: p.salesOnly ?? false,
      salesOnlyMarkedById: p.salesOnly ? ctx.deskId : null,
      declineReason: p.declineReason ?? null,
      firstAnsweredAt: firstAnswer ? at(firstAnswer.daysAgo) : null,
      dueAt: seedDueAt(status, createdAt, statusChangedAt),
      matchId: p.match?.id ?? null,
      version: changes.length,
      statusChangedAt,
      createdAt,
      cases: { connect: caseIds.map((id) => ({ id })) },
      events: {
        create: [
          { id: `${p.id}-e0`, actorId: authorId, toStatus: "RECEIVED", visibleToCompany: true, createdAt },
          ...p.steps.map((s, i) => ({
            id: `${p.id}-e${i + 1}`,
            actorId: actor[s.by],
            fromStatus: s.to ? (changes[changes.indexOf(s) - 1]?.to ?? "RECEIVED") : null,
            toStatus: s.to ?? null,
            note: s.note ?? (s.to === "DECLINED" ? (p.declineReason ?? null) : null),
            visibleToCompany: !s.internal,
            // Two steps of one day (routed, and the routing note) keep their order.
            createdAt: new Date(at(s.daysAgo).getTime() + i * 1000),
          })),
        ],
      },
    },
  });
  // 営業目的 is counted on the company, as a marked interest is (lib/interests/decisions.ts).
  if (p.salesOnly)
    await tx.companyProfile.upsert({
      where: { organizationId: companyId },
      create: { organizationId: companyId, regionsServed: [], salesOnlyCount: 1 },
      update: { salesOnlyCount: { increment: 1 } },
    });
}

/**
 * A proposal taken up (採用・実証): a match of origin 民間提案 with its thread, as lib/matches/create.ts makes it
 * (興味表明 dated when the proposal came in, then 商談 since they had met), on the pipeline board.
 */
async function createMatch(
  tx: Prisma.TransactionClient,
  ctx: DeskContext,
  p: SeedProposal,
  companyId: string,
  departmentId: string | null,
  adoptedAt: Date,
) {
  const m = p.match!;
  const receivedAt = new Date(ctx.now - p.daysAgo * DAY);
  await tx.thread.create({
    data: {
      id: m.threadId,
      kind: "PROPOSAL",
      subject: p.title,
      municipalityId: ctx.kagaId,
      departmentId,
      companyId,
      challengeId: p.challengeId ?? null,
      createdById: ctx.deskId,
      lastMessageAt: adoptedAt,
      createdAt: adoptedAt,
    },
  });
  await tx.match.create({
    data: {
      id: m.id,
      origin: "PROPOSAL",
      stage: "MEETING",
      maxStageRank: 2,
      threadId: m.threadId,
      challengeId: p.challengeId ?? null,
      municipalityId: ctx.kagaId,
      departmentId,
      companyId,
      coordinatorId: ctx.coordinatorId,
      metDepartment: true,
      nextAction: m.nextAction,
      createdAt: receivedAt,
      stageChangedAt: adoptedAt,
      lastActivityAt: adoptedAt,
      changes: {
        create: [
          { id: `${m.id}-c1`, toStage: "INTEREST", createdAt: receivedAt },
          { id: `${m.id}-c2`, fromStage: "INTEREST", toStage: "MEETING", createdAt: adoptedAt, actorId: ctx.deskId },
        ],
      },
    },
  });
}
