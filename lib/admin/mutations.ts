import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { OrganizationKind, UserRole } from "@/lib/generated/prisma/enums";
import { liveUser, lockForAdminChange, otherActiveAdmins, parsed, type LockedUser, type Tx } from "./lock";
import { lockDesk, writeDeskFlag } from "@/lib/desk/staff-flag";
import { deskFlagSchema } from "@/lib/desk/staff-schema";
import { changeRoleSchema, moveDepartmentSchema, reactivateSchema, suspendSchema, type Refusal } from "./schema";

export type Refused = { ok: false; reason: Refusal };
const refuse = (reason: Refusal): Refused => ({ ok: false, reason });

// The organisation a role needs: a clerk belongs to a municipality, a company member to a company, the
// platform's team to the office (or to nothing). A clerk made a coordinator would keep seeing as a
// coordinator while still listed under their city hall, so such a change is refused.
const ORG_OF_ROLE: Record<UserRole, readonly (OrganizationKind | null)[]> = {
  MUNICIPAL_STAFF: ["MUNICIPALITY"],
  COMPANY_MEMBER: ["COMPANY"],
  COORDINATOR: ["COORDINATOR_OFFICE", null],
  ADMIN: ["COORDINATOR_OFFICE", null],
};

/** The roles an admin may give this user: those that fit the organisation they belong to. */
export function rolesFor(organizationKind: OrganizationKind | null): UserRole[] {
  return (Object.keys(ORG_OF_ROLE) as UserRole[]).filter((r) => ORG_OF_ROLE[r].includes(organizationKind));
}

const admin = (actor: SessionUser | null) => assertRole(actor, CAN.administer, { active: true });

/** Refused when the change would leave the platform without an active admin. */
async function keepsAnAdmin(tx: Tx, target: LockedUser): Promise<boolean> {
  return target.role !== "ADMIN" || target.status !== "ACTIVE" || (await otherActiveAdmins(tx, target.id)) > 0;
}

export async function changeRole(actor: SessionUser | null, input: unknown) {
  const me = admin(actor);
  const { userId, role } = parsed(changeRoleSchema, input);
  if (userId === me.id) return refuse("self");
  return db.$transaction(async (tx) => {
    const target = liveUser(await lockForAdminChange(tx, me.id, [userId]), userId);
    if (target.status !== "ACTIVE" && target.status !== "SUSPENDED") return refuse("not_active");
    if (!rolesFor(target.organizationKind).includes(role)) return refuse("role_mismatch");
    if (target.role === role) return { ok: true as const, role, changed: false };
    if (target.role === "ADMIN" && !(await keepsAnAdmin(tx, target))) return refuse("last_admin");
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(
      {
        action: "ROLE_CHANGED",
        actorId: me.id,
        targetType: "User",
        targetId: userId,
        meta: { from: target.role, to: role },
      },
      tx,
    );
    return { ok: true as const, role, changed: true };
  });
}

/**
 * Suspends an active account: the person cannot sign in, and every session they have stops working on
 * its next request (getCurrentUser reads the status; the bumped sessionVersion keeps those sessions
 * ended even after a reactivation). Runs inside the handover too, hence the transaction parameter.
 */
export async function suspendLocked(tx: Tx, me: SessionUser, target: LockedUser, reason?: string) {
  if (target.id === me.id) return refuse("self");
  if (target.status !== "ACTIVE") return refuse("not_active");
  if (!(await keepsAnAdmin(tx, target))) return refuse("last_admin");
  await tx.user.update({
    where: { id: target.id },
    data: { status: "SUSPENDED", sessionVersion: { increment: 1 } },
  });
  await recordAudit(
    {
      action: "ACCOUNT_SUSPENDED",
      actorId: me.id,
      targetType: "User",
      targetId: target.id,
      meta: reason ? { reason } : {},
    },
    tx,
  );
  return { ok: true as const };
}

export async function suspendUser(actor: SessionUser | null, input: unknown) {
  const me = admin(actor);
  const { userId, reason } = parsed(suspendSchema, input);
  if (userId === me.id) return refuse("self");
  return db.$transaction(async (tx) =>
    suspendLocked(tx, me, liveUser(await lockForAdminChange(tx, me.id, [userId]), userId), reason),
  );
}

/** Back to ACTIVE. Sessions from before the suspension stay ended: the person signs in again. */
export async function reactivateUser(actor: SessionUser | null, input: unknown) {
  const me = admin(actor);
  const { userId } = parsed(reactivateSchema, input);
  return db.$transaction(async (tx) => {
    const target = liveUser(await lockForAdminChange(tx, me.id, [userId]), userId);
    if (target.status !== "SUSPENDED") return refuse("not_suspended");
    await tx.user.update({ where: { id: userId }, data: { status: "ACTIVE" } });
    await recordAudit({ action: "ACCOUNT_REACTIVATED", actorId: me.id, targetType: "User", targetId: userId }, tx);
    return { ok: true as const };
  });
}

/**
 * Moves a clerk to another 課 of their own municipality (or to none). A new 課 is created by name, or
 * the existing one of that name is reused. The department must belong to the clerk's municipality:
 * that is in the where clause, so an id from elsewhere is NOT_FOUND.
 */
export async function moveDepartment(actor: SessionUser | null, input: unknown) {
  const me = admin(actor);
  const { userId, departmentId, newDepartment } = parsed(moveDepartmentSchema, input);
  return db.$transaction(async (tx) => {
    const target = liveUser(await lockForAdminChange(tx, me.id, [userId]), userId);
    if (target.role !== "MUNICIPAL_STAFF" || target.organizationKind !== "MUNICIPALITY" || !target.membershipId)
      return refuse("not_staff");
    if (target.status !== "ACTIVE" && target.status !== "SUSPENDED") return refuse("not_active");
    const orgId = target.organizationId!;
    const dept = await departmentFor(tx, orgId, departmentId, newDepartment);
    if (dept?.id === target.departmentId || (!dept && !target.departmentId))
      return { ok: true as const, changed: false };
    const before = target.departmentId
      ? await tx.department.findUnique({ where: { id: target.departmentId }, select: { name: true } })
      : null;
    await tx.membership.update({ where: { id: target.membershipId }, data: { departmentId: dept?.id ?? null } });
    await recordAudit(
      {
        action: "DEPARTMENT_CHANGED",
        actorId: me.id,
        targetType: "User",
        targetId: userId,
        meta: { from: before?.name ?? null, to: dept?.name ?? null },
      },
      tx,
    );
    return { ok: true as const, changed: true };
  });
}

/** An existing 課 of the municipality (NOT_FOUND when it is another's), a new one by name (or the one of that name), or none. */
export async function departmentFor(tx: Tx, organizationId: string, id?: string, name?: string) {
  if (name) {
    await tx.department.createMany({ data: [{ organizationId, name }], skipDuplicates: true });
    return tx.department.findUniqueOrThrow({
      where: { organizationId_name: { organizationId, name } },
      select: { id: true, name: true },
    });
  }
  if (!id) return null;
  const dept = await tx.department.findFirst({ where: { id, organizationId }, select: { id: true, name: true } });
  if (!dept) throw new AppError("NOT_FOUND");
  return dept;
}

/**
 * Gives or takes a clerk's 官民連携窓口 flag. Unlike the desk itself (lib/desk/staff-flag.ts), an admin may take it
 * from the last desk member: when that person leaves, someone must be able to end their access to the desk.
 */
export async function setDeskFlag(actor: SessionUser | null, input: unknown) {
  const me = admin(actor);
  const { userId, isDesk } = parsed(deskFlagSchema, input);
  return db.$transaction(async (tx) => {
    const target = liveUser(await lockForAdminChange(tx, me.id, [userId]), userId);
    if (target.role !== "MUNICIPAL_STAFF" || target.organizationKind !== "MUNICIPALITY" || !target.membershipId)
      return refuse("not_staff");
    if (isDesk && target.status !== "ACTIVE") return refuse("not_active");
    await lockDesk(tx, target.organizationId!);
    const m = await tx.membership.findUniqueOrThrow({ where: { id: target.membershipId }, select: { isDesk: true } });
    const membershipId = target.membershipId;
    return writeDeskFlag(tx, { actorId: me.id, userId, membershipId, from: m.isDesk, to: isDesk, by: "admin" });
  });
}
