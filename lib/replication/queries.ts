import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import { visibleChallengeWhere } from "@/lib/challenges/visibility";

const activeStaff = (u: SessionUser | null): u is SessionUser & { organizationId: string } =>
  !!u && isMunicipalStaff(u) && u.status === "ACTIVE" && !!u.organizationId;

/**
 * Whether the case page offers 「この事例を自分のまちでも」 to this user: ACTIVE staff of another municipality
 * than the case's, on a published case. draftId: the municipality's unpublished draft from this case, which the
 * button opens instead of making a second one.
 */
export async function getReplicateEntry(user: SessionUser | null, caseId: string) {
  if (!activeStaff(user)) return null;
  const c = await db.case.findFirst({
    where: { id: caseId, published: true, municipalityId: { not: user.organizationId } },
    select: {
      id: true,
      replications: {
        where: { municipalityId: user.organizationId, status: "DRAFT" },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: 1,
        select: { id: true },
      },
    },
  });
  return c ? { draftId: c.replications[0]?.id ?? null } : null;
}

/**
 * A challenge's 横展開 facts for its pages: the case it started from (published cases; coordinators also see an
 * unpublished one's title), and for ACTIVE staff of the challenge's municipality the case's partner companies in
 * the directory with the thread each already has on this challenge (invited, or interested on its own).
 * `open`: invitations are possible (published, public, the case still published).
 */
export async function getChallengeReplication(user: SessionUser | null, challengeId: string) {
  const ch = await db.challenge.findFirst({
    where: { AND: [{ id: challengeId, sourceCaseId: { not: null } }, visibleChallengeWhere(user)] },
    select: {
      id: true,
      status: true,
      kind: true,
      municipalityId: true,
      sourceCase: {
        select: {
          id: true,
          title: true,
          published: true,
          partners: {
            where: { organization: { kind: "COMPANY" } },
            orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
            select: { organization: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  const c = ch?.sourceCase;
  if (!ch || !c || !(c.published || (isCoordinator(user) && user?.status === "ACTIVE"))) return null;
  const source = { id: c.id, title: c.title, published: c.published };
  if (!activeStaff(user) || user.organizationId !== ch.municipalityId || ch.status === "DRAFT")
    return { source, invite: null };
  const companies = [
    ...new Map(c.partners.flatMap((p) => (p.organization ? [[p.organization.id, p.organization]] : []))).values(),
  ];
  const threads = await db.thread.findMany({
    where: { challengeId: ch.id, companyId: { in: companies.map((o) => o.id) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, companyId: true },
  });
  const threadOf = new Map<string, string>();
  for (const t of threads) if (!threadOf.has(t.companyId)) threadOf.set(t.companyId, t.id);
  // Already interested: answered through the interest (one match per company and challenge), not invited.
  const interested = new Set(
    (
      await db.interest.findMany({
        where: { challengeId: ch.id, companyId: { in: companies.map((o) => o.id) }, status: { not: "WITHDRAWN" } },
        select: { companyId: true },
      })
    ).map((i) => i.companyId),
  );
  return {
    source,
    invite: {
      open: ch.status === "PUBLISHED" && ch.kind !== "PRIVATE_CONSULTATION" && c.published,
      reason:
        ch.kind === "PRIVATE_CONSULTATION"
          ? "private"
          : ch.status !== "PUBLISHED"
            ? "closed"
            : c.published
              ? null
              : "case_unpublished",
      partners: companies.map((o) => ({
        companyId: o.id,
        name: o.name,
        threadId: threadOf.get(o.id) ?? null,
        interested: interested.has(o.id),
      })),
    },
  };
}
