import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError, errorCodeOf } from "@/lib/errors";
import { createIntroductionMatch } from "@/lib/matches/create";
import { notify } from "@/lib/notifications/outbox";
import { notifyCoordinatorsOfIntroApproval } from "@/lib/notifications/coordinators";
import { CAN } from "@/lib/auth/roles";
import { companyMemberIds, municipalityRecipientIds, municipalitySideWhere, TX_OPTIONS } from "./access";
import { summaryTitle, type IntroduceInput } from "./schema";

// Staged disclosure for 非公開・相談: a coordinator introduces a company with a drafted summary →
// the municipality approves (or edits and approves) it → the company sees only that summary →
// the municipality accepts → the company may open the full challenge (companyCanSeeChallenge).

export type IntroduceResult = { ok: true; id: string } | { ok: false; reason: "already_introduced" };

export async function introduceCompany(user: SessionUser | null, input: IntroduceInput): Promise<IntroduceResult> {
  const u = assertRole(user, CAN.introduceCompanies, { active: true });
  try {
    return await db.$transaction(async (tx): Promise<IntroduceResult> => {
      const c = await tx.challenge.findFirst({
        where: { id: input.challengeId, kind: "PRIVATE_CONSULTATION", status: "PUBLISHED" },
        select: { id: true, title: true, authorId: true, municipalityId: true, departmentId: true },
      });
      const company = await tx.organization.findFirst({
        where: { id: input.companyId, kind: "COMPANY" },
        select: { id: true, name: true },
      });
      if (!c || !company) throw new AppError("NOT_FOUND");
      const existing = await tx.interest.findUnique({
        where: { challengeId_companyId: { challengeId: c.id, companyId: company.id } },
        select: { id: true },
      });
      if (existing) return { ok: false, reason: "already_introduced" };
      const row = await tx.interest.create({
        data: {
          challengeId: c.id,
          companyId: company.id,
          origin: "INTRODUCTION",
          introducedById: u.id,
          introSummary: input.summary,
        },
        select: { id: true },
      });
      await createIntroductionMatch(tx, {
        interestId: row.id,
        challengeId: c.id,
        municipalityId: c.municipalityId,
        departmentId: c.departmentId,
        companyId: company.id,
        coordinatorId: u.id,
      });
      // The municipality may see its own challenge's title; the company hears nothing yet.
      const recipients = await municipalityRecipientIds(tx, c);
      await notify(
        tx,
        recipients.map((userId) => ({
          userId,
          type: "INTRODUCTION" as const,
          message: {
            key: "introductionToMunicipality" as const,
            values: { company: company.name, challenge: c.title },
          },
          url: `/challenges/${c.id}/interests`,
        })),
      );
      return { ok: true, id: row.id };
    }, TX_OPTIONS);
  } catch (e) {
    if (errorCodeOf(e) === "ALREADY_EXISTS") return { ok: false, reason: "already_introduced" };
    throw e;
  }
}

/** The municipality approves the summary, possibly edited; only then does the company hear of it. */
export async function approveIntroSummary(user: SessionUser | null, input: { id: string; summary: string }) {
  const u = assertRole(user, CAN.answerCompanies, { active: true });
  return db.$transaction(async (tx) => {
    const row = await tx.interest.findFirst({
      where: { id: input.id, origin: "INTRODUCTION", challenge: municipalitySideWhere(u) },
      select: { id: true, companyId: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const r = await tx.interest.updateMany({
      where: { id: row.id, status: "PENDING", introSummaryApprovedAt: null },
      data: { introSummary: input.summary, introSummaryApprovedAt: new Date() },
    });
    if (r.count === 0) throw new AppError("CONFLICT");
    const members = await companyMemberIds(tx, row.companyId);
    // Only the approved summary's first line: nothing else from the private challenge.
    await notify(
      tx,
      members.map((userId) => ({
        userId,
        type: "INTRODUCTION" as const,
        message: { key: "introductionToCompany" as const, values: { summary: summaryTitle(input.summary) } },
        url: `/interests/${row.id}`,
      })),
    );
    await notifyCoordinatorsOfIntroApproval(tx, row.id);
    return { id: row.id };
  }, TX_OPTIONS);
}
