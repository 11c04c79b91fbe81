import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { challengeDetailInclude, type ChallengeDetail } from "@/lib/challenges/queries";
import { editableChallengeWhere, visibleChallengeWhere } from "@/lib/challenges/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { isCompanyMember, isCoordinator, noRowWhere } from "@/lib/auth/roles";
import type { StoredAnswer } from "./schema";
import { seeableChallengeIds } from "./access";

const isActiveCompany = (u: SessionUser | null): u is SessionUser & { organizationId: string } =>
  isCompanyMember(u) && u.status === "ACTIVE" && !!u.organizationId;

const isPrivileged = (u: SessionUser | null) => isCoordinator(u) && u.status === "ACTIVE";

export const toAnswers = (v: Prisma.JsonValue): StoredAnswer[] =>
  Array.isArray(v)
    ? (v as unknown[]).filter(
        (a): a is StoredAnswer => !!a && typeof a === "object" && "question" in a && "answer" in a,
      )
    : [];

/** The screening editor: visible and editable, else null. */
export async function getScreeningEditor(challengeId: string, user: SessionUser | null) {
  return db.challenge.findFirst({
    where: { AND: [{ id: challengeId }, visibleChallengeWhere(user), editableChallengeWhere(user)] },
    select: {
      id: true,
      title: true,
      screeningQuestions: { orderBy: { position: "asc" }, select: { id: true, text: true } },
    },
  });
}

/** The company's answer form: only a published, public challenge; null otherwise (the page 404s). */
export async function getInterestForm(challengeId: string, user: SessionUser | null) {
  if (!isActiveCompany(user)) return null;
  const challenge = await db.challenge.findFirst({
    where: {
      AND: [
        { id: challengeId },
        visibleChallengeWhere(user),
        { status: "PUBLISHED", kind: { not: "PRIVATE_CONSULTATION" } },
      ],
    },
    select: {
      id: true,
      title: true,
      municipality: { select: { name: true } },
      screeningQuestions: { orderBy: { position: "asc" }, select: { id: true, text: true } },
    },
  });
  if (!challenge) return null;
  const existing = await getMyInterest(challengeId, user);
  return { challenge, existing };
}

/** The company's own interest in a challenge (status only), for the detail page's button. */
export async function getMyInterest(challengeId: string, user: SessionUser | null) {
  if (!isActiveCompany(user)) return null;
  return db.interest.findUnique({
    where: { challengeId_companyId: { challengeId, companyId: user.organizationId } },
    select: { id: true, status: true, origin: true },
  });
}

/** 「興味を示した企業 (N)」: withdrawn ones are not counted. 0 for anyone who may not see the list. */
export async function countInterestsForChallenge(challengeId: string, user: SessionUser | null): Promise<number> {
  return db.interest.count({
    where: {
      status: { not: "WITHDRAWN" },
      challenge: { AND: [{ id: challengeId }, visibleChallengeWhere(user), editableChallengeWhere(user)] },
    },
  });
}

/** The municipality's (and coordinators') list for one challenge; null when the viewer may not see it. */
export async function listInterestsForChallenge(challengeId: string, user: SessionUser | null) {
  const challenge = await db.challenge.findFirst({
    where: { AND: [{ id: challengeId }, visibleChallengeWhere(user), editableChallengeWhere(user)] },
    select: { id: true, title: true, kind: true, status: true, municipalityId: true },
  });
  if (!challenge) return null;
  const rows = await db.interest.findMany({
    where: { challengeId: challenge.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      origin: true,
      status: true,
      answers: true,
      message: true,
      salesOnly: true,
      declineReason: true,
      createdAt: true,
      decidedAt: true,
      introSummary: true,
      introSummaryApprovedAt: true,
      company: { select: { id: true, name: true, companyProfile: { select: { salesOnlyCount: true } } } },
      thread: { select: { id: true } },
      match: { select: { id: true } },
    },
  });
  const showCount = isPrivileged(user);
  const interests = rows.map(({ company, answers, ...r }) => ({
    ...r,
    answers: toAnswers(answers),
    company: {
      id: company.id,
      name: company.name,
      salesOnlyCount: showCount ? (company.companyProfile?.salesOnlyCount ?? 0) : null,
    },
  }));
  return { challenge, interests };
}

// What a company may see of each of its interests. Introductions that are not accepted yet are read
// WITHOUT the challenge relation, so the private text is never even loaded for them.
const companyView = {
  id: true,
  origin: true,
  status: true,
  declineReason: true,
  createdAt: true,
  decidedAt: true,
  introSummary: true,
  introSummaryApprovedAt: true,
  thread: { select: { id: true } },
} satisfies Prisma.InterestSelect;
// The company sees its match's stage label and nothing else of the match (no notes, budget, coordinator).
const withChallenge = {
  ...companyView,
  answers: true,
  message: true,
  match: { select: { stage: true } },
  challenge: { select: { id: true, title: true, municipality: { select: { name: true } } } },
} satisfies Prisma.InterestSelect;

export type CompanyInterestItem = {
  id: string;
  origin: "COMPANY" | "INTRODUCTION";
  status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
  declineReason: string | null;
  createdAt: Date;
  introSummary: string | null;
  threadId: string | null;
  challenge: { id: string; title: string; municipalityName: string } | null;
  /** The challenge became private after the company showed interest: show nowPrivateLabel, nothing of it. */
  challengeHidden: boolean;
  answers: StoredAnswer[];
  message: string | null;
  matchStage: MatchStage | null;
};

function companyWhere(user: SessionUser & { organizationId: string }, extra: Prisma.InterestWhereInput = {}) {
  return {
    full: {
      AND: [
        extra,
        {
          companyId: user.organizationId,
          OR: [{ origin: "COMPANY" as const }, { origin: "INTRODUCTION" as const, status: "ACCEPTED" as const }],
        },
      ],
    },
    summaryOnly: {
      AND: [
        extra,
        {
          companyId: user.organizationId,
          origin: "INTRODUCTION" as const,
          status: { not: "ACCEPTED" as const },
          introSummaryApprovedAt: { not: null },
        },
      ],
    },
  };
}

/** A company's own interests, newest first: 「興味がある」 with the challenge, introductions as summaries. */
export async function listCompanyInterests(
  user: SessionUser | null,
  extra: Prisma.InterestWhereInput = {},
): Promise<CompanyInterestItem[]> {
  if (!isActiveCompany(user)) return [];
  const where = companyWhere(user, extra);
  const [full, summaries] = await Promise.all([
    db.interest.findMany({ where: where.full, select: withChallenge, orderBy: { createdAt: "desc" }, take: 200 }),
    db.interest.findMany({ where: where.summaryOnly, select: companyView, orderBy: { createdAt: "desc" }, take: 200 }),
  ]);
  const seeable = await seeableChallengeIds(
    user,
    full.map((r) => r.challenge.id),
  );
  const items: CompanyInterestItem[] = [
    ...full.map(({ thread, challenge, answers, match, ...r }) => ({
      ...r,
      threadId: thread?.id ?? null,
      answers: toAnswers(answers),
      matchStage: match?.stage ?? null,
      // Loaded, then dropped here: one rule (seeableChallengeIds) for every view of a company's interests.
      challenge: seeable.has(challenge.id)
        ? { id: challenge.id, title: challenge.title, municipalityName: challenge.municipality.name }
        : null,
      challengeHidden: !seeable.has(challenge.id),
    })),
    ...summaries.map(({ thread, ...r }) => ({
      ...r,
      threadId: thread?.id ?? null,
      challenge: null,
      challengeHidden: false,
      answers: [],
      message: null,
      matchStage: null,
    })),
  ];
  return items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** One of the company's own interests (the summary view); null when not its own or not yet approved. */
export async function getCompanyInterest(id: string, user: SessionUser | null): Promise<CompanyInterestItem | null> {
  const [item] = await listCompanyInterests(user, { id });
  return item ?? null;
}

/**
 * Staged disclosure: a company may open a challenge it cannot otherwise see (a private consultation)
 * once the municipality accepted its introduction. Kept out of visibleChallengeWhere on purpose.
 */
export function companyCanSeeChallengeWhere(user: SessionUser | null): Prisma.ChallengeWhereInput {
  if (!isActiveCompany(user)) return noRowWhere();
  return { interests: { some: { companyId: user.organizationId, origin: "INTRODUCTION", status: "ACCEPTED" } } };
}

export async function companyCanSeeChallenge(user: SessionUser | null, challengeId: string): Promise<boolean> {
  return (await db.challenge.count({ where: { AND: [{ id: challengeId }, companyCanSeeChallengeWhere(user)] } })) > 0;
}

/** The full challenge for a company whose introduction was accepted; null otherwise. */
export async function getIntroducedChallenge(
  challengeId: string,
  user: SessionUser | null,
): Promise<ChallengeDetail | null> {
  return db.challenge.findFirst({
    where: { AND: [{ id: challengeId }, companyCanSeeChallengeWhere(user)] },
    include: challengeDetailInclude,
  });
}

/** Companies a coordinator can introduce: name search, a short list. */
export async function searchCompaniesForIntroduction(user: SessionUser | null, q: string) {
  if (!isPrivileged(user) || q.trim() === "") return [];
  return db.organization.findMany({
    where: { kind: "COMPANY", name: { contains: q.trim(), mode: "insensitive" } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 20,
  });
}
