import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { isDepartmentUser, isDeskUser, type DeskUser } from "@/lib/desk/access";
import { mayConfirm } from "./confirm";
import { progressOf } from "./progress";
import { acceptingWhere } from "./recipients";

export type { CallProgress } from "./progress";

const themeSelect = { select: { id: true, nameJa: true, nameEn: true } } as const;

/** What the progress counts read of a call: asks, answers and the challenges made from them. */
const progressSelect = {
  asks: { select: { departmentId: true } },
  answers: {
    select: {
      departmentId: true,
      challenge: { select: { status: true, publishedAt: true, _count: { select: { matches: true } } } },
    },
  },
} satisfies Prisma.ThemeCallSelect;

/** /desk/calls: the desk's municipality's calls, open ones first, each with its progress. */
export async function listDeskCalls(user: SessionUser | null) {
  if (!isDeskUser(user)) return [];
  const rows = await db.themeCall.findMany({
    where: { municipalityId: user.organizationId },
    orderBy: [{ status: "asc" }, { deadline: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: { id: true, title: true, deadline: true, status: true, theme: themeSelect, ...progressSelect },
  });
  return rows.map(({ asks, answers, ...call }) => ({ ...call, progress: progressOf(asks, answers) }));
}

/** /desk/calls/[id]: per asked department who answered, and every answer with what became of it. */
export async function getDeskCall(user: SessionUser | null, id: string) {
  if (!isDeskUser(user)) return null;
  const call = await db.themeCall.findFirst({
    where: { id, municipalityId: user.organizationId },
    select: {
      id: true,
      title: true,
      note: true,
      deadline: true,
      status: true,
      closedAt: true,
      createdAt: true,
      theme: themeSelect,
      asks: {
        orderBy: { department: { name: "asc" } },
        select: {
          departmentId: true,
          remindedAt: true,
          department: {
            select: {
              name: true,
              _count: {
                select: {
                  memberships: { where: { user: { status: "ACTIVE", role: "MUNICIPAL_STAFF", deletedAt: null } } },
                },
              },
            },
          },
        },
      },
      answers: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          departmentId: true,
          trouble: true,
          tried: true,
          expectation: true,
          status: true,
          mergedIntoId: true,
          question: true,
          questionAt: true,
          version: true,
          createdAt: true,
          updatedAt: true,
          author: { select: { name: true } },
          department: { select: { name: true } },
          challenge: {
            select: { id: true, title: true, status: true, publishedAt: true, _count: { select: { matches: true } } },
          },
        },
      },
    },
  });
  if (!call) return null;
  const asks = call.asks.map((a) => ({
    departmentId: a.departmentId,
    name: a.department.name,
    staff: a.department._count.memberships,
    remindedAt: a.remindedAt,
    answers: call.answers.filter((x) => x.departmentId === a.departmentId).length,
  }));
  return { ...call, asks, progress: progressOf(call.asks, call.answers) };
}
export type DeskCall = NonNullable<Awaited<ReturnType<typeof getDeskCall>>>;

/**
 * /calls/[id]: the call as its asked departments (and the desk) see it, with the department's own answers.
 * Anyone else, other municipalities included, gets null (the page answers 404).
 */
export async function getCallForDepartment(user: SessionUser | null, id: string) {
  const desk = isDeskUser(user);
  const dept = isDepartmentUser(user) ? user.departmentId : null;
  if (!user?.organizationId || (!desk && !dept)) return null;
  const access: Prisma.ThemeCallWhereInput = desk ? {} : { asks: { some: { departmentId: dept! } } };
  const call = await db.themeCall.findFirst({
    where: { id, municipalityId: user.organizationId, ...access },
    select: {
      id: true,
      title: true,
      note: true,
      deadline: true,
      status: true,
      municipalityId: true,
      theme: themeSelect,
      asks: { where: { departmentId: dept ?? "" }, select: { departmentId: true } },
      answers: {
        where: { departmentId: dept ?? "" },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          trouble: true,
          tried: true,
          expectation: true,
          status: true,
          question: true,
          version: true,
          updatedAt: true,
          author: { select: { name: true } },
          challenge: { select: { id: true, title: true, status: true } },
        },
      },
    },
  });
  if (!call) return null;
  const open = (await db.themeCall.count({ where: { id, ...acceptingWhere() } })) > 0;
  const { asks, ...rest } = call;
  return { ...rest, isDesk: desk, asked: asks.length > 0, canAnswer: open && asks.length > 0 };
}
export type DepartmentCall = NonNullable<Awaited<ReturnType<typeof getCallForDepartment>>>;

/**
 * Cases on the call's theme from other municipalities, so a department sees what was done elsewhere before it
 * writes: published only, never its own municipality's, real before demo, newest first.
 */
export async function listCasesForCall(call: { municipalityId: string; theme: { id: string } | null }, take = 5) {
  if (!call.theme) return [];
  return db.case.findMany({
    where: { published: true, municipalityId: { not: call.municipalityId }, themes: { some: { id: call.theme.id } } },
    orderBy: [{ isDemo: "asc" }, { fiscalYear: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      summary: true,
      isDemo: true,
      fiscalYear: true,
      municipality: { select: { name: true } },
    },
  });
}

/** Calls a department has been asked and may still answer, for its inbox and dashboard. */
export async function listOpenCallsForDepartment(user: SessionUser | null) {
  if (!isDepartmentUser(user)) return [];
  return db.themeCall.findMany({
    where: {
      municipalityId: user.organizationId,
      asks: { some: { departmentId: user.departmentId } },
      ...acceptingWhere(),
    },
    orderBy: { deadline: "asc" },
    take: 50,
    select: {
      id: true,
      title: true,
      deadline: true,
      theme: themeSelect,
      _count: { select: { answers: { where: { departmentId: user.departmentId } } } },
    },
  });
}

/** The new-call form: the municipality's departments and whether each has active staff to hear of it. */
export async function listDepartmentsForCall(user: DeskUser) {
  const rows = await db.department.findMany({
    where: { organizationId: user.organizationId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: {
        select: { memberships: { where: { user: { status: "ACTIVE", role: "MUNICIPAL_STAFF", deletedAt: null } } } },
      },
    },
  });
  return rows.map((d) => ({ id: d.id, name: d.name, staff: d._count.memberships }));
}

/**
 * For the wizard: whether this user may publish a draft made from a theme call's answer, and its department's
 * name for the notice. null when the challenge is not such a draft (the usual rules apply).
 */
export async function getConfirmRule(user: SessionUser | null, challengeId: string) {
  // Only a department's name, for a challenge the edit page has already loaded under editableChallengeWhere.
  const a = await db.themeCallAnswer.findFirst({
    where: { challengeId },
    select: { departmentId: true, department: { select: { name: true } } },
  });
  return a ? { department: a.department.name, mayPublish: mayConfirm(user, a.departmentId) } : null;
}

export type CallSummary = Awaited<ReturnType<typeof listDeskCalls>>[number];
