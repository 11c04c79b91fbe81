import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCoordinator } from "@/lib/auth/roles";
import { isDeskUser } from "@/lib/desk/access";
import { seeableChallengeIds } from "@/lib/interests/access";
import { sideOf, visibleProposalWhere, type ProposalSide } from "./access";
import { OPEN_STATUSES, type DeskFilters } from "./schema";

const caseCard = { id: true, title: true, municipality: { select: { name: true } } } satisfies Prisma.CaseSelect;

const detailSelect = {
  id: true,
  title: true,
  problem: true,
  proposal: true,
  trackRecord: true,
  cost: true,
  costNote: true,
  asks: true,
  status: true,
  version: true,
  salesOnly: true,
  declineReason: true,
  firstAnsweredAt: true,
  dueAt: true,
  statusChangedAt: true,
  createdAt: true,
  municipalityId: true,
  companyId: true,
  departmentId: true,
  challengeId: true,
  matchId: true,
  match: { select: { threadId: true } },
  municipality: { select: { name: true, lgCode: true } },
  company: { select: { id: true, name: true, companyProfile: { select: { salesOnlyCount: true } } } },
  department: { select: { name: true } },
  author: { select: { name: true } },
  challenge: { select: { id: true, title: true } },
  cases: { where: { published: true }, select: caseCard, orderBy: { fiscalYear: "desc" } },
} satisfies Prisma.ProposalSelect;

export type ProposalEventView = {
  id: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  visibleToCompany: boolean;
  createdAt: Date;
  actorName: string | null;
};

/**
 * One proposal as the viewer may read it, or null (the page answers 404). The company reads only the events shown
 * to it, never the desk's 営業目的 mark or the internal notes; a challenge it can no longer see is not named.
 */
export const getProposalForViewer = cache(async (user: SessionUser | null, id: string) => {
  if (!user) return null;
  const row = await db.proposal.findFirst({
    where: { AND: [{ id }, visibleProposalWhere(user)] },
    select: detailSelect,
  });
  if (!row) return null;
  const side = sideOf(user, row) as ProposalSide;
  const company = side === "company";
  const events = await db.proposalEvent.findMany({
    where: { proposalId: row.id, ...(company ? { visibleToCompany: true } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      visibleToCompany: true,
      createdAt: true,
      // A company reads which municipality answered, not which clerk.
      actor: { select: { name: true } },
    },
  });
  const seeable = company ? await seeableChallengeIds(user, [row.challengeId]) : null;
  const challenge =
    row.challenge && (!seeable || seeable.has(row.challenge.id))
      ? row.challenge
      : row.challengeId
        ? { id: null, title: null }
        : null;
  const { company: co, salesOnly, ...rest } = row;
  return {
    ...rest,
    side,
    challenge,
    salesOnly: company ? false : salesOnly,
    company: {
      id: co.id,
      name: co.name,
      salesOnlyCount: isCoordinator(user) ? (co.companyProfile?.salesOnlyCount ?? 0) : null,
    },
    overdue: !!row.dueAt && row.dueAt < new Date(),
    events: events.map(({ actor, ...e }): ProposalEventView => ({
      ...e,
      actorName: company ? null : (actor?.name ?? null),
    })),
  };
});
export type ProposalDetail = NonNullable<Awaited<ReturnType<typeof getProposalForViewer>>>;

/** The company's own proposals, newest first. */
export async function listCompanyProposals(user: SessionUser | null) {
  if (!user?.organizationId || user.role !== "COMPANY_MEMBER" || user.status !== "ACTIVE") return [];
  return db.proposal.findMany({
    where: { companyId: user.organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      statusChangedAt: true,
      municipality: { select: { name: true } },
    },
    take: 200,
  });
}

/**
 * The desk's triage list: its own municipality (coordinators: every municipality, to read), overdue first, then the
 * oldest target time, then the newest. Departments do not triage: their list is the inbox.
 */
export async function listDeskProposals(user: SessionUser | null, f: DeskFilters) {
  if (!user || !(isDeskUser(user) || (isCoordinator(user) && user.status === "ACTIVE"))) return null;
  const scope: Prisma.ProposalWhereInput = isDeskUser(user) ? { municipalityId: user.organizationId } : {};
  const status: Prisma.ProposalWhereInput =
    f.status === "all" ? {} : f.status === "open" ? { status: { in: [...OPEN_STATUSES] } } : { status: f.status };
  const now = new Date();
  const rows = await db.proposal.findMany({
    where: { AND: [scope, status] },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      salesOnly: true,
      dueAt: true,
      createdAt: true,
      municipality: { select: { name: true } },
      company: { select: { name: true, companyProfile: { select: { salesOnlyCount: true } } } },
      department: { select: { name: true } },
    },
    take: 300,
  });
  const coordinator = isCoordinator(user);
  return {
    coordinator,
    items: rows.map(({ company, ...r }) => ({
      ...r,
      overdue: !!r.dueAt && r.dueAt < now,
      company: {
        name: company.name,
        salesOnlyCount: coordinator ? (company.companyProfile?.salesOnlyCount ?? 0) : null,
      },
    })),
  };
}

/** Departments a desk may route to: its own municipality's. */
export async function listRoutingDepartments(user: SessionUser | null) {
  if (!isDeskUser(user)) return [];
  return db.department.findMany({
    where: { organizationId: user.organizationId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Whether the viewer's company took part in a case (a CasePartner row of it): the case page's 「この事例を提案する」. */
export async function companyTookPartIn(user: SessionUser | null, caseId: string): Promise<boolean> {
  if (!user?.organizationId || user.role !== "COMPANY_MEMBER" || user.status !== "ACTIVE") return false;
  const n = await db.casePartner.count({
    where: { caseId, organizationId: user.organizationId, case: { published: true } },
  });
  return n > 0;
}

/** The company's own published cases (CasePartner), offered first as its track record. */
async function ownCases(companyId: string) {
  return db.case.findMany({
    where: { published: true, partners: { some: { organizationId: companyId } } },
    select: caseCard,
    orderBy: [{ fiscalYear: "desc" }, { id: "asc" }],
    take: 50,
  });
}

/** A municipality's open challenges a company may propose against: published and public. */
function openChallengeWhere(municipalityId: string): Prisma.ChallengeWhereInput {
  return { municipalityId, status: "PUBLISHED", kind: { not: "PRIVATE_CONSULTATION" } };
}

/**
 * Municipalities with an open challenge on one of the case's themes (横展開), other than the case's own, each with
 * those challenges: where a company's case could be proposed next.
 */
async function matchingMunicipalities(c: { id: string; municipalityId: string; themeIds: string[] }) {
  if (!c.themeIds.length) return [];
  const rows = await db.challenge.findMany({
    where: {
      AND: [
        { status: "PUBLISHED", kind: { not: "PRIVATE_CONSULTATION" } },
        { municipalityId: { not: c.municipalityId } },
        { themes: { some: { id: { in: c.themeIds } } } },
      ],
    },
    select: { id: true, title: true, municipality: { select: { id: true, name: true, lgCode: true } } },
    orderBy: [{ isDemo: "asc" }, { publishedAt: "desc" }, { id: "asc" }],
    take: 60,
  });
  const byTown = new Map<string, { name: string; lgCode: string; challenges: { id: string; title: string }[] }>();
  for (const r of rows) {
    if (!r.municipality.lgCode) continue;
    const town = byTown.get(r.municipality.id) ?? {
      name: r.municipality.name,
      lgCode: r.municipality.lgCode,
      challenges: [],
    };
    town.challenges.push({ id: r.id, title: r.title });
    byTown.set(r.municipality.id, town);
  }
  return [...byTown.values()].slice(0, 20);
}

/**
 * What /proposals/new starts from: the municipality of ?municipality=, its open challenges, the challenge of
 * ?challenge= if it is one of them, the company's cases, and for ?case= the case and where it could go next.
 */
export async function getProposalForm(
  user: SessionUser,
  params: { municipality?: string; challenge?: string; case?: string },
) {
  const companyId = user.organizationId!;
  const [municipality, mine, source] = await Promise.all([
    params.municipality
      ? db.organization.findFirst({
          where: { lgCode: params.municipality, kind: "MUNICIPALITY" },
          select: { id: true, name: true, lgCode: true, prefectureCode: true },
        })
      : null,
    ownCases(companyId),
    params.case
      ? db.case.findFirst({
          where: { id: params.case, published: true },
          select: {
            ...caseCard,
            municipalityId: true,
            themes: { select: { id: true } },
            partners: { where: { organizationId: companyId }, select: { id: true } },
          },
        })
      : null,
  ]);
  const challenges = municipality
    ? await db.challenge.findMany({
        where: openChallengeWhere(municipality.id),
        select: { id: true, title: true },
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        take: 100,
      })
    : [];
  const sourceCase = source
    ? {
        id: source.id,
        title: source.title,
        municipality: source.municipality,
        tookPart: source.partners.length > 0,
        next: await matchingMunicipalities({
          id: source.id,
          municipalityId: source.municipalityId,
          themeIds: source.themes.map((t) => t.id),
        }),
      }
    : null;
  return {
    municipality,
    challenges,
    challengeId: challenges.some((c) => c.id === params.challenge) ? params.challenge : undefined,
    ownCases: mine,
    sourceCase,
  };
}
