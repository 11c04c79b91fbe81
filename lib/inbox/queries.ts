import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { isDepartmentUser, type DepartmentUser } from "@/lib/desk/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadCalendars } from "@/lib/budget-calendar/calendars";
import { nextBudgetStep } from "@/lib/budget-calendar/next-step";

// The department in charge's inbox (所管部署, issue 17 §3): what was routed to it, what it was asked, who is
// interested in its challenges and the matches it carries. Every read is scoped by the session's municipality AND
// department, never by an id from the URL, so a colleague moved to another 課 loses the old inbox on the next request
// (the session reads the membership each time). Staff without a department have no inbox: null.

/** Rows per section: an inbox is for working, and a department rarely has more open at once. */
export const INBOX_LIMIT = 50;
const OPEN_PROPOSAL = ["ROUTED", "REVIEWING", "MEETING"] as const;

const scope = (u: DepartmentUser) => ({ municipalityId: u.organizationId, departmentId: u.departmentId });

const proposalsWhere = (u: DepartmentUser): Prisma.ProposalWhereInput => ({
  ...scope(u),
  status: { in: [...OPEN_PROPOSAL] },
});
const callsWhere = (u: DepartmentUser): Prisma.ThemeCallWhereInput => ({
  municipalityId: u.organizationId,
  status: "OPEN",
  asks: { some: { departmentId: u.departmentId } },
});
const draftsWhere = (u: DepartmentUser): Prisma.ChallengeWhereInput => ({
  ...scope(u),
  status: "DRAFT",
  themeCallAnswer: { isNot: null },
});
const interestsWhere = (u: DepartmentUser): Prisma.InterestWhereInput => ({
  status: "PENDING",
  challenge: scope(u),
});
const matchesWhere = (u: DepartmentUser): Prisma.MatchWhereInput => ({ ...scope(u), stage: { not: "DECLINED" } });

async function proposals(u: DepartmentUser, now: Date) {
  const [total, rows] = await Promise.all([
    db.proposal.count({ where: proposalsWhere(u) }),
    db.proposal.findMany({
      where: proposalsWhere(u),
      select: { id: true, title: true, status: true, dueAt: true, company: { select: { name: true } } },
      // Earliest target first puts the overdue ones on top; a step without a target time goes last.
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { statusChangedAt: "asc" }, { id: "asc" }],
      take: INBOX_LIMIT,
    }),
  ]);
  const items = rows.map((p) => ({ ...p, overdue: !!p.dueAt && p.dueAt < now }));
  return { total, overdue: items.filter((p) => p.overdue).length, items };
}

async function calls(u: DepartmentUser) {
  const [total, rows, draftTotal, drafts] = await Promise.all([
    db.themeCall.count({ where: callsWhere(u) }),
    db.themeCall.findMany({
      where: callsWhere(u),
      select: {
        id: true,
        title: true,
        deadline: true,
        _count: { select: { answers: { where: { departmentId: u.departmentId } } } },
      },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: INBOX_LIMIT,
    }),
    db.challenge.count({ where: draftsWhere(u) }),
    db.challenge.findMany({
      where: draftsWhere(u),
      select: {
        id: true,
        title: true,
        updatedAt: true,
        themeCallAnswer: { select: { call: { select: { title: true } } } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: INBOX_LIMIT,
    }),
  ]);
  const items = rows.map((c) => ({ id: c.id, title: c.title, deadline: c.deadline, answered: c._count.answers }));
  return {
    total,
    unanswered: items.filter((c) => c.answered === 0).length,
    items,
    drafts: {
      total: draftTotal,
      items: drafts.map((d) => ({
        id: d.id,
        title: d.title,
        updatedAt: d.updatedAt,
        callTitle: d.themeCallAnswer?.call.title ?? null,
      })),
    },
  };
}

/** Pending 「興味がある」 per challenge: counts only, so the inbox discloses no company the interest screens would not. */
async function interests(u: DepartmentUser) {
  const groups = await db.interest.groupBy({
    by: ["challengeId"],
    where: interestsWhere(u),
    _count: { _all: true },
    _min: { createdAt: true },
  });
  const challenges = await db.challenge.findMany({
    where: { id: { in: groups.map((g) => g.challengeId) }, ...scope(u) },
    select: { id: true, title: true },
  });
  const items = groups
    .map((g) => ({
      challengeId: g.challengeId,
      title: challenges.find((c) => c.id === g.challengeId)?.title ?? "",
      count: g._count._all,
      oldest: g._min.createdAt,
    }))
    .sort((a, b) => (a.oldest?.getTime() ?? 0) - (b.oldest?.getTime() ?? 0))
    .slice(0, INBOX_LIMIT);
  return { total: groups.reduce((n, g) => n + g._count._all, 0), items };
}

async function matches(u: DepartmentUser, now: Date) {
  const [total, rows, calendars] = await Promise.all([
    db.match.count({ where: matchesWhere(u) }),
    db.match.findMany({
      where: matchesWhere(u),
      select: {
        id: true,
        stage: true,
        nextAction: true,
        nextActionOn: true,
        targetFiscalYear: true,
        metDepartment: true,
        company: { select: { name: true } },
        challenge: { select: { title: true } },
      },
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      take: INBOX_LIMIT,
    }),
    loadCalendars([u.organizationId]),
  ]);
  const calendar = calendars.get(u.organizationId)?.calendar;
  const items = rows.map((m) => ({
    ...m,
    budgetStep: calendar && m.targetFiscalYear ? nextBudgetStep(calendar, m.targetFiscalYear, now) : null,
  }));
  return { total, items };
}

/** The whole inbox of the session's department, or null for anyone who is not active staff of a department. */
export async function getInbox(user: SessionUser | null, now = new Date()) {
  if (!isDepartmentUser(user)) return null;
  const [p, c, i, m] = await Promise.all([proposals(user, now), calls(user), interests(user), matches(user, now)]);
  return {
    departmentName: user.departmentName ?? null,
    proposals: p,
    calls: c,
    interests: i,
    matches: m,
  };
}
export type Inbox = NonNullable<Awaited<ReturnType<typeof getInbox>>>;

/** What waits for the department (the dashboard's count): routed proposals, unanswered calls, drafts, interests. */
export async function countInboxAttention(user: SessionUser | null): Promise<number | null> {
  if (!isDepartmentUser(user)) return null;
  const [p, c, d, i] = await Promise.all([
    db.proposal.count({ where: proposalsWhere(user) }),
    db.themeCall.count({
      where: { ...callsWhere(user), answers: { none: { departmentId: user.departmentId } } },
    }),
    db.challenge.count({ where: draftsWhere(user) }),
    db.interest.count({ where: interestsWhere(user) }),
  ]);
  return p + c + d + i;
}
