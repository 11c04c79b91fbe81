import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { CAN, hasRole, isCompanyMember, isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import { visibleMatchWhere } from "@/lib/matches/access";
import { actingMatchWhere } from "@/lib/matches/sides";
import { caseApproverWhere, caseWriterWhere } from "./access";
import { readyMatchWhere } from "./create";

const approvalSelect = {
  id: true,
  title: true,
  published: true,
  companyApproval: true,
  contentVersion: true,
  approvedVersion: true,
  approvalRequestedAt: true,
  approvalAnsweredAt: true,
  approvalComment: true,
} as const;

/**
 * The 「事例にする」 panel of /pipeline/[id] (municipality staff and coordinators; the company has no match page):
 * the case made from the match, if any, whether the viewer may write it, and whether the match is ready for one.
 */
export async function getMatchCase(user: SessionUser | null, matchId: string) {
  if (!user || user.status !== "ACTIVE" || !(isCoordinator(user) || isMunicipalStaff(user))) return null;
  const m = await db.match.findFirst({
    where: { id: matchId, ...visibleMatchWhere(user) },
    select: { id: true, stage: true, case: { select: approvalSelect } },
  });
  if (!m) return null;
  const [canWrite, ready] = await Promise.all([
    db.match.count({ where: { id: matchId, ...actingMatchWhere(user) } }).then((n) => n > 0),
    db.match.count({ where: { AND: [{ id: matchId }, readyMatchWhere] } }).then((n) => n > 0),
  ]);
  return { matchId: m.id, case: m.case, canWrite, ready };
}

/** On the company's thread page: the case about this thread's match, once the company has been asked. */
export async function getThreadCase(user: SessionUser | null, threadId: string) {
  if (!user || !isCompanyMember(user)) return null;
  return db.case.findFirst({
    where: { AND: [{ match: { threadId } }, { approvalRequestedAt: { not: null } }, caseApproverWhere(user)] },
    select: approvalSelect,
  });
}

/** /cases/[id]/approval: the company's side of the approval. Null (404) for anyone else. */
export async function getCaseApproval(user: SessionUser | null, caseId: string) {
  if (!user || !isCompanyMember(user)) return null;
  return db.case.findFirst({
    where: { id: caseId, approvalRequestedAt: { not: null }, ...caseApproverWhere(user) },
    select: { ...approvalSelect, match: { select: { threadId: true } } },
  });
}

/**
 * 「Kyoso Hub から生まれた事例」 on a case page the viewer already may read: the badge for everyone, and the way back
 * to the match for those who may read it (staff and coordinators: /pipeline/[id]; the company: its thread).
 */
export async function getCaseOrigin(user: SessionUser | null, caseId: string) {
  const c = await db.case.findUnique({ where: { id: caseId }, select: { matchId: true } });
  if (!c?.matchId) return null;
  if (!user || user.status !== "ACTIVE") return { href: null };
  const m = await db.match.findFirst({
    where: { id: c.matchId, ...visibleMatchWhere(user) },
    select: { id: true, threadId: true },
  });
  if (!m) return { href: null };
  if (isCompanyMember(user)) return { href: m.threadId ? `/messages/${m.threadId}` : null };
  return { href: `/pipeline/${m.id}` };
}

/**
 * Who opens /cases/[id]/edit: coordinators any case (the curated database), the municipality side only the cases
 * born from its own matches. bornHere says which form to show.
 */
export async function getCaseEditAccess(user: SessionUser | null, caseId: string) {
  if (!user || user.status !== "ACTIVE") return null;
  const where = hasRole(user, CAN.editCases) ? { id: caseId } : { id: caseId, ...caseWriterWhere(user) };
  const c = await db.case.findFirst({ where, select: { matchId: true, municipality: { select: { name: true } } } });
  if (!c) return null;
  return { bornHere: c.matchId ? { municipalityName: c.municipality.name } : undefined };
}
