import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { WEAK_PASSWORD_MESSAGE, weakPasswordReason } from "@/lib/auth/password-policy";
import { recordAudit } from "@/lib/audit/record";
import { AppError, errorCodeOf } from "@/lib/errors";
import { z } from "@/lib/fields";
import type { FieldErrors } from "@/lib/action";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/enqueue";
import { approvedNotice } from "@/lib/mail/approval-templates";
import { assertReviewer, reviewableStaffWhere } from "./reviewers";
import {
  companySignupSchema,
  DUPLICATE_EMAIL,
  reviewSchema,
  staffSignupSchema,
  type CompanySignupInput,
  type StaffSignupInput,
} from "./schema";

export type SignupResult =
  { ok: true; userId: string; status: "ACTIVE" | "PENDING" } | { ok: false; fieldErrors: FieldErrors };

export const fieldErrorsOf = (error: z.ZodError) => z.flattenError(error).fieldErrors as FieldErrors;
const duplicate: SignupResult = { ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } };

/** Breached or predictable passwords are refused on the password field, before any write. */
export async function weakPasswordError(password: string, email: string): Promise<SignupResult | null> {
  const reason = await weakPasswordReason(password, { email });
  return reason ? { ok: false, fieldErrors: { password: [WEAK_PASSWORD_MESSAGE[reason]] } } : null;
}

/**
 * The only unique value a sign-up can collide on is the e-mail (organisations are created without
 * lgCode/corporateNumber, no department is made at sign-up). So a P2002 here
 * means someone else registered the address first — even in the same millisecond, where a
 * look-up-then-insert would let both through and one would 500.
 */
export async function withDuplicateCheck(run: () => Promise<SignupResult>): Promise<SignupResult> {
  try {
    return await run();
  } catch (e) {
    if (errorCodeOf(e) === "ALREADY_EXISTS") return duplicate;
    throw e;
  }
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
/** What a confirmed sign-up creates an account from: the parsed form, its password already hashed. */
export type CompanyAccount = Omit<CompanySignupInput, "password">;
export type StaffAccount = Omit<StaffSignupInput, "password" | "prefectureCode">;

/**
 * 企業: organisation, active user and membership, all or nothing. `locale` is the language the person used
 * when they confirmed: mail written before they ever switch language (an approval, a rejection) uses it.
 */
export async function createCompanyAccount(
  tx: Tx,
  input: CompanyAccount,
  passwordHash: string,
  locale: Locale = defaultLocale,
) {
  const org = await tx.organization.create({ data: { kind: "COMPANY", name: input.companyName } });
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      role: "COMPANY_MEMBER",
      status: "ACTIVE",
      locale,
      memberships: { create: { organizationId: org.id } },
    },
  });
  return { ok: true, userId: user.id, status: "ACTIVE" } as const;
}

/**
 * 自治体職員: a PENDING user under an existing municipality until a coordinator approves. The 課 they
 * typed is only remembered: an anonymous applicant must not add departments to a municipality (issue 15
 * F12); reviewStaff creates or reuses it on approval.
 */
export async function createStaffAccount(
  tx: Tx,
  input: StaffAccount,
  passwordHash: string,
  locale: Locale = defaultLocale,
) {
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      role: "MUNICIPAL_STAFF",
      status: "PENDING",
      locale,
      signupNote: input.note,
      requestedDepartment: input.departmentName,
      memberships: { create: { organizationId: input.municipalityId } },
    },
  });
  return { ok: true, userId: user.id, status: "PENDING" } as const;
}

export const municipalityMissing: SignupResult = {
  ok: false,
  fieldErrors: { municipalityId: ["所属する自治体を選び直してください"] },
};

export async function isMunicipality(id: string, tx: Tx | typeof db = db): Promise<boolean> {
  return (await tx.organization.count({ where: { id, kind: "MUNICIPALITY" } })) === 1;
}

/**
 * Creates a company account at once, without the e-mail step. Not reachable from any form (the public
 * path is requestSignUp in ./signup-request.ts); tests and scripts use it. Takes raw input on purpose.
 */
export async function signUpCompany(raw: unknown): Promise<SignupResult> {
  const parsed = companySignupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...input } = parsed.data;
  const weak = await weakPasswordError(password, input.email);
  if (weak) return weak;
  const passwordHash = await hashPassword(password);
  return withDuplicateCheck(() => db.$transaction((tx) => createCompanyAccount(tx, input, passwordHash)));
}

/** Like signUpCompany, for municipal staff (PENDING). Takes raw input on purpose. */
export async function signUpStaff(raw: unknown): Promise<SignupResult> {
  const parsed = staffSignupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { password, ...input } = parsed.data;
  if (!(await isMunicipality(input.municipalityId))) return municipalityMissing;
  const weak = await weakPasswordError(password, input.email);
  if (weak) return weak;
  const passwordHash = await hashPassword(password);
  return withDuplicateCheck(() => db.$transaction((tx) => createStaffAccount(tx, input, passwordHash)));
}

/**
 * Approve or reject a pending municipal account: coordinators decide sign-ups, a municipality's desk the
 * accounts made from its invitations (./reviewers.ts says who may decide which). Guarded on status PENDING so
 * that two reviewers clicking at once (or one double-click) cannot both decide: the second gets CONFLICT,
 * and with its rollback goes its mail job, so the applicant hears once. The mail and the notice
 * are written in the same transaction (outbox): they exist exactly when the decision does.
 */
export async function reviewStaff(actor: SessionUser | null, raw: unknown) {
  const reviewer = assertReviewer(actor);
  const parsed = reviewSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { userId, decision, reason } = parsed.data;
  const mine = reviewableStaffWhere(reviewer);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { AND: [{ id: userId, status: "PENDING", role: "MUNICIPAL_STAFF" }, mine] },
      data: {
        status: decision === "APPROVE" ? "ACTIVE" : "REJECTED",
        reviewedAt: new Date(),
        reviewedById: reviewer.id,
        reviewNote: reason ?? null,
      },
    });
    // Decided already (CONFLICT), or not this reviewer's to decide: the same 404 as an account that does not exist.
    if (count === 0)
      throw new AppError((await tx.user.count({ where: { AND: [{ id: userId }, mine] } })) ? "CONFLICT" : "NOT_FOUND");
    if (decision === "APPROVE") {
      await createRequestedDepartment(tx, userId);
      await noticeApproval(tx, userId);
    }
    await enqueue(tx, "account.review-mail", { userId, decision });
    // In the same transaction: the log shows a decision exactly when the decision was made.
    await recordAudit(
      {
        action: decision === "APPROVE" ? "ACCOUNT_APPROVED" : "ACCOUNT_REJECTED",
        actorId: reviewer.id,
        targetType: "User",
        targetId: userId,
        meta: reason ? { reason } : {},
      },
      tx,
    );
  });
  return { userId, status: decision === "APPROVE" ? ("ACTIVE" as const) : ("REJECTED" as const) };
}

/**
 * The 課 the applicant typed becomes a Department of their municipality only now, when a coordinator has
 * approved them; two approvals naming the same 課 reuse one row (ON CONFLICT DO NOTHING on the unique name).
 */
async function createRequestedDepartment(tx: Tx, userId: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { requestedDepartment: true, memberships: { take: 1, orderBy: { createdAt: "asc" } } },
  });
  const membership = user.memberships[0];
  const name = user.requestedDepartment;
  if (!name || !membership || membership.departmentId) return;
  await tx.department.createMany({ data: [{ organizationId: membership.organizationId, name }], skipDuplicates: true });
  const dept = await tx.department.findUniqueOrThrow({
    where: { organizationId_name: { organizationId: membership.organizationId, name } },
  });
  await tx.membership.update({ where: { id: membership.id }, data: { departmentId: dept.id } });
  await tx.user.update({ where: { id: userId }, data: { requestedDepartment: null } });
}

/**
 * The applicant's notice in the notification centre, in their locale. Written directly rather than
 * through notify(): the account.review-mail job already mails the decision, and notify's e-mail job
 * would send a second, generic one (emailedAt marks it as delivered by mail, so the digest skips it
 * too). The dedupeKey makes it one notice per account, whatever later changes its status.
 */
async function noticeApproval(tx: Tx, userId: string) {
  const { locale } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
  await tx.notification.createMany({
    data: [
      {
        userId,
        type: "ACCOUNT_APPROVED",
        ...approvedNotice(locale),
        url: "/dashboard",
        dedupeKey: `account-approved:${userId}`,
        emailedAt: new Date(),
      },
    ],
    skipDuplicates: true,
  });
}
