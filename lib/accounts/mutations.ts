import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { WEAK_PASSWORD_MESSAGE, weakPasswordReason } from "@/lib/auth/password-policy";
import { recordAudit } from "@/lib/audit/record";
import { AppError, errorCodeOf } from "@/lib/errors";
import { z } from "@/lib/fields";
import type { FieldErrors } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { companySignupSchema, DUPLICATE_EMAIL, reviewSchema, staffSignupSchema } from "./schema";

export type SignupResult =
  { ok: true; userId: string; status: "ACTIVE" | "PENDING" } | { ok: false; fieldErrors: FieldErrors };

const fieldErrorsOf = (error: z.ZodError) => z.flattenError(error).fieldErrors as FieldErrors;
const duplicate: SignupResult = { ok: false, fieldErrors: { email: [DUPLICATE_EMAIL] } };

/** Breached or predictable passwords are refused on the password field, before any write. */
async function weakPasswordError(password: string, email: string): Promise<SignupResult | null> {
  const reason = await weakPasswordReason(password, { email });
  return reason ? { ok: false, fieldErrors: { password: [WEAK_PASSWORD_MESSAGE[reason]] } } : null;
}

/**
 * The only unique value a sign-up can collide on is the e-mail (organisations are created without
 * lgCode/corporateNumber, departments are inserted with ON CONFLICT DO NOTHING). So a P2002 here
 * means someone else registered the address first — even in the same millisecond, where a
 * look-up-then-insert would let both through and one would 500.
 */
async function withDuplicateCheck(run: () => Promise<SignupResult>): Promise<SignupResult> {
  try {
    return await run();
  } catch (e) {
    if (errorCodeOf(e) === "ALREADY_EXISTS") return duplicate;
    throw e;
  }
}

/** 企業: organisation, active user and membership, all or nothing. Takes raw input on purpose. */
export async function signUpCompany(raw: unknown): Promise<SignupResult> {
  const parsed = companySignupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  const weak = await weakPasswordError(input.password, input.email);
  if (weak) return weak;
  const passwordHash = await hashPassword(input.password);
  return withDuplicateCheck(() =>
    db.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { kind: "COMPANY", name: input.companyName } });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: "COMPANY_MEMBER",
          status: "ACTIVE",
          memberships: { create: { organizationId: org.id } },
        },
      });
      return { ok: true, userId: user.id, status: "ACTIVE" } as const;
    }),
  );
}

/** 自治体職員: a PENDING user under an existing municipality until a coordinator approves. */
export async function signUpStaff(raw: unknown): Promise<SignupResult> {
  const parsed = staffSignupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  const municipality = await db.organization.findFirst({
    where: { id: input.municipalityId, kind: "MUNICIPALITY" },
    select: { id: true },
  });
  if (!municipality) return { ok: false, fieldErrors: { municipalityId: ["所属する自治体を選び直してください"] } };
  const weak = await weakPasswordError(input.password, input.email);
  if (weak) return weak;
  const passwordHash = await hashPassword(input.password);
  return withDuplicateCheck(() =>
    db.$transaction(async (tx) => {
      let departmentId: string | undefined;
      if (input.departmentName) {
        // Two clerks of one 課 may sign up at once; ON CONFLICT DO NOTHING lets both reuse the row.
        await tx.department.createMany({
          data: [{ organizationId: municipality.id, name: input.departmentName }],
          skipDuplicates: true,
        });
        const dept = await tx.department.findUniqueOrThrow({
          where: { organizationId_name: { organizationId: municipality.id, name: input.departmentName } },
        });
        departmentId = dept.id;
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          role: "MUNICIPAL_STAFF",
          status: "PENDING",
          signupNote: input.note,
          memberships: { create: { organizationId: municipality.id, departmentId } },
        },
      });
      return { ok: true, userId: user.id, status: "PENDING" } as const;
    }),
  );
}

/**
 * Approve or reject a pending municipal account. Guarded on status PENDING so that two
 * coordinators clicking at once cannot both decide: the second gets CONFLICT.
 */
export async function reviewStaff(actor: SessionUser | null, raw: unknown) {
  const reviewer = assertRole(actor, CAN.reviewSignUps, { active: true });
  const parsed = reviewSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { userId, decision, reason } = parsed.data;
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "PENDING", role: "MUNICIPAL_STAFF" },
      data: {
        status: decision === "APPROVE" ? "ACTIVE" : "REJECTED",
        reviewedAt: new Date(),
        reviewedById: reviewer.id,
        reviewNote: reason ?? null,
      },
    });
    if (count === 0) throw new AppError("CONFLICT");
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
