import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { contentData } from "@/lib/challenges/mutations";
import { openDirectInquiry } from "@/lib/companies/mutations";
import { enqueueIndex } from "@/lib/search/enqueue";
import { figuresJson } from "@/lib/cases/schema";
import { inviteMessage } from "./invite-message";
import { replicationDraft } from "./prompts";
import type { InviteInput } from "./schema";

// Presses queue on an advisory lock: a burst larger than the pool waits for a connection instead of failing.
const BURST = { maxWait: 10_000, timeout: 15_000 };

/**
 * 「この事例を自分のまちでも」: a challenge draft of the clerk's municipality and department, prefilled with
 * questions (lib/replication/prompts.ts) and the case's themes; its kind stays open (kindChosen = false) for
 * the wizard. While the municipality already has an unpublished draft from this case, that draft is the answer:
 * under a lock per (municipality, case), so 25 presses at once make one draft.
 */
export async function replicateCase(
  user: SessionUser | null,
  caseId: string,
): Promise<{ id: string; created: boolean }> {
  const actor = assertRole(user, CAN.postChallenges, { active: true });
  const municipalityId = actor.organizationId;
  if (!municipalityId) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const c = await tx.case.findFirst({
      where: { id: caseId, published: true },
      select: {
        id: true,
        title: true,
        figures: true,
        municipalityId: true,
        municipality: { select: { name: true } },
        themes: { select: { id: true } },
      },
    });
    if (!c) throw new AppError("NOT_FOUND");
    // The town that ran it asks its peers, not itself (its own next project is a new challenge).
    if (c.municipalityId === municipalityId) throw new AppError("FORBIDDEN");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`replicate:${municipalityId}:${c.id}`}, 0))`;
    const draft = await tx.challenge.findFirst({
      where: { sourceCaseId: c.id, municipalityId, status: "DRAFT" },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true },
    });
    if (draft) return { id: draft.id, created: false };
    const prompts = replicationDraft({
      title: c.title,
      municipality: c.municipality.name,
      figures: figuresJson.parse(c.figures),
    });
    const row = await tx.challenge.create({
      data: {
        ...contentData({ ...prompts, offers: [], themeSlugs: [] }),
        status: "DRAFT",
        municipalityId,
        departmentId: actor.departmentId,
        authorId: actor.id,
        sourceCaseId: c.id,
        themes: { connect: c.themes },
      },
      select: { id: true },
    });
    await enqueueIndex(tx, "CHALLENGE", row.id);
    return { id: row.id, created: true };
  }, BURST);
}

export type InviteResult =
  | { ok: true; threadId: string; created: boolean }
  | { ok: false; reason: "not_open" | "case_unpublished" | "interested" };

/**
 * 「招待する」: a direct inquiry to one of the source case's partner companies about the replicated challenge
 * (thread.challengeId), so the company's first answer makes a match that carries the case (lib/matches/create.ts).
 * Only the challenge's municipality, only while it is public and open, once per company and challenge: any
 * thread the company already has on the challenge (an earlier invitation, its own interest) is the answer.
 */
export async function invitePartner(user: SessionUser | null, input: InviteInput): Promise<InviteResult> {
  const actor = assertRole(user, CAN.answerCompanies, { active: true });
  const municipalityId = actor.organizationId;
  if (!municipalityId) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const ch = await tx.challenge.findFirst({
      where: { id: input.challengeId, municipalityId, sourceCaseId: { not: null } },
      select: {
        id: true,
        title: true,
        status: true,
        kind: true,
        departmentId: true,
        municipality: { select: { name: true } },
        department: { select: { name: true } },
        sourceCase: { select: { id: true, title: true, published: true, municipality: { select: { name: true } } } },
      },
    });
    const source = ch?.sourceCase;
    if (!ch || !source) throw new AppError("NOT_FOUND");
    const partner = await tx.casePartner.findFirst({
      where: { caseId: source.id, organizationId: input.companyId, organization: { kind: "COMPANY" } },
      select: { organization: { select: { id: true, name: true } } },
    });
    if (!partner?.organization) throw new AppError("NOT_FOUND");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invite:${ch.id}:${partner.organization.id}`}, 0))`;
    // FOR SHARE: a close or a switch to private waits for this invitation to commit, or is seen here.
    const [now] = await tx.$queryRaw<{ status: string; kind: string }[]>`
      SELECT "status"::text, "kind"::text FROM "Challenge" WHERE "id" = ${ch.id} FOR SHARE`;
    if (now?.status !== "PUBLISHED" || now.kind === "PRIVATE_CONSULTATION") return { ok: false, reason: "not_open" };
    if (!source.published) return { ok: false, reason: "case_unpublished" };
    const existing = await tx.thread.findFirst({
      where: { challengeId: ch.id, companyId: partner.organization.id },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (existing) return { ok: true, threadId: existing.id, created: false };
    // A company that already said 興味がある is answered through its interest: a second thread would make a second match.
    const interest = await tx.interest.findFirst({
      where: { challengeId: ch.id, companyId: partner.organization.id, status: { not: "WITHDRAWN" } },
      select: { id: true },
    });
    if (interest) return { ok: false, reason: "interested" };
    const message = inviteMessage({
      company: partner.organization.name,
      municipality: ch.municipality.name,
      department: ch.department?.name ?? actor.departmentName ?? null,
      caseTitle: source.title,
      caseMunicipality: source.municipality.name,
      challengeTitle: ch.title,
    });
    const { threadId } = await openDirectInquiry(tx, actor, {
      companyId: partner.organization.id,
      ...message,
      municipalityId,
      departmentId: ch.departmentId ?? actor.departmentId,
      challengeId: ch.id,
    });
    return { ok: true, threadId, created: true };
  }, BURST);
}
