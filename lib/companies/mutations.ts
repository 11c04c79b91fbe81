import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/outbox";
import { enqueueIndex } from "@/lib/search/enqueue";
import { openThread } from "@/lib/threads/open";
import { CAN } from "@/lib/auth/roles";
import { editableCompanyWhere } from "./access";
import type { CasePartnerLinkInput, CompanyProfileInput, DirectInquiryInput } from "./schema";

export type SaveProfileResult =
  { ok: true; id: string } | { ok: false; reason: "corporate_number_taken" | "municipality_mismatch" };

/**
 * Organisation columns and the profile row in one transaction. Authorization is the where clause:
 * a member's update matches only their own company, so another company's id changes nothing.
 */
export async function saveCompanyProfile(
  user: SessionUser | null,
  input: CompanyProfileInput,
): Promise<SaveProfileResult> {
  const actor = assertRole(user, CAN.editCompanyProfiles, { active: true });
  return db.$transaction(async (tx) => {
    if (input.corporateNumber) {
      const other = await tx.organization.findFirst({
        where: { corporateNumber: input.corporateNumber, id: { not: input.organizationId } },
        select: { id: true },
      });
      if (other) return { ok: false, reason: "corporate_number_taken" } as const;
    }
    let hqMunicipalityId: string | null = null;
    if (input.hqMunicipalityId) {
      // The city must be a municipality in the chosen prefecture (not any organisation id).
      const m = await tx.organization.findFirst({
        where: { id: input.hqMunicipalityId, kind: "MUNICIPALITY", prefectureCode: input.prefectureCode ?? "__" },
        select: { id: true },
      });
      if (!m) return { ok: false, reason: "municipality_mismatch" } as const;
      hqMunicipalityId = m.id;
    }
    const { count } = await tx.organization.updateMany({
      where: editableCompanyWhere(actor, input.organizationId),
      data: {
        name: input.name,
        corporateNumber: input.corporateNumber ?? null,
        prefectureCode: input.prefectureCode ?? null,
        website: input.website ?? null,
        description: input.description ?? null,
      },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    const profile = {
      hqMunicipalityId,
      size: input.size ?? null,
      industries: input.industries,
      capabilities: input.capabilities,
      services: input.services,
      regionsServed: input.regionsServed,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
    };
    await tx.companyProfile.upsert({
      where: { organizationId: input.organizationId },
      create: { organizationId: input.organizationId, ...profile },
      update: profile,
    });
    await enqueueIndex(tx, "COMPANY", input.organizationId);
    return { ok: true, id: input.organizationId } as const;
  });
}

/**
 * 企業に直接問い合わせ: thread, first message and the company members' notifications commit
 * together or not at all. Only ACTIVE municipal staff may send: an inquiry speaks for a municipality.
 */
export async function sendDirectInquiry(
  user: SessionUser | null,
  input: DirectInquiryInput,
): Promise<{ threadId: string }> {
  const actor = assertRole(user, CAN.answerCompanies, { active: true });
  if (!actor.organizationId) throw new AppError("FORBIDDEN");
  const municipalityId = actor.organizationId;
  return db.$transaction((tx) =>
    openDirectInquiry(tx, actor, { ...input, municipalityId, departmentId: actor.departmentId }),
  );
}

/**
 * The inquiry inside the caller's transaction: also used to invite a case's partner company to a challenge
 * (lib/replication), where the thread names the challenge so the company's answer makes a match on it.
 */
export async function openDirectInquiry(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  input: DirectInquiryInput & { municipalityId: string; departmentId: string | null; challengeId?: string },
): Promise<{ threadId: string }> {
  const company = await tx.organization.findFirst({
    where: { id: input.companyId, kind: "COMPANY" },
    select: { id: true },
  });
  if (!company) throw new AppError("NOT_FOUND");
  const thread = await openThread(tx, {
    kind: "DIRECT_INQUIRY",
    subject: input.subject,
    municipalityId: input.municipalityId,
    departmentId: input.departmentId,
    challengeId: input.challengeId ?? null,
    companyId: company.id,
    createdById: actor.id,
    firstMessage: { authorId: actor.id, body: input.body },
  });
  const members = await tx.user.findMany({
    where: { role: "COMPANY_MEMBER", status: "ACTIVE", memberships: { some: { organizationId: company.id } } },
    select: { id: true },
  });
  const from = [actor.organizationName, actor.departmentName].filter(Boolean).join(" ");
  await notify(
    tx,
    members.map((m) => ({
      userId: m.id,
      type: "DIRECT_INQUIRY" as const,
      message: { key: "directInquiry" as const, values: { from, subject: input.subject } },
      url: `/messages/${thread.id}`,
      threadId: thread.id,
    })),
  );
  return { threadId: thread.id };
}

/** Coordinators attach a case's partner row to a directory company (track record), or detach it. */
export async function linkCasePartner(user: SessionUser | null, input: CasePartnerLinkInput): Promise<{ ok: true }> {
  assertRole(user, CAN.curateDirectory, { active: true });
  return db.$transaction(async (tx) => {
    const company = await tx.organization.findFirst({
      where: { id: input.companyId, kind: "COMPANY" },
      select: { id: true },
    });
    if (!company) throw new AppError("NOT_FOUND");
    const { count } = input.linked
      ? await tx.casePartner.updateMany({ where: { id: input.casePartnerId }, data: { organizationId: company.id } })
      : await tx.casePartner.updateMany({
          where: { id: input.casePartnerId, organizationId: company.id },
          data: { organizationId: null },
        });
    if (count === 0) throw new AppError("NOT_FOUND");
    return { ok: true } as const;
  });
}
