import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind, UserRole, UserStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { z } from "@/lib/fields";

export type Tx = Prisma.TransactionClient;

/** Mutations are called by actions (already parsed), jobs and tests: anything else is INVALID_INPUT, not a 500. */
export function parsed<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new AppError("INVALID_INPUT");
  return r.data;
}

export type LockedUser = {
  id: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  deletedAt: Date | null;
  membershipId: string | null;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  departmentId: string | null;
};

// Every admin change to accounts takes this lock first. Two admins demoting or suspending each other
// at the same moment would otherwise each count "one other admin left" and leave none; with it the
// second sees the first's result (and that it is no longer an admin itself).
const ADMINS_LOCK = 740_016;

/**
 * Locks the users a change is about (row locks, in id order so that two changes naming the same pair
 * cannot deadlock), after the admins lock, and checks again that the actor is still an active admin:
 * the session was read before another admin may have demoted or suspended them.
 */
export async function lockForAdminChange(tx: Tx, actorId: string, ids: string[]): Promise<Map<string, LockedUser>> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMINS_LOCK})`;
  const actor = await tx.user.count({ where: { id: actorId, role: "ADMIN", status: "ACTIVE", deletedAt: null } });
  if (actor === 0) throw new AppError("FORBIDDEN");
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT u.id, u.name, u.role::text AS role, u.status::text AS status, u."deletedAt",
      m.id AS "membershipId", m."organizationId", o.kind::text AS "organizationKind", m."departmentId"
    FROM "User" u
    LEFT JOIN LATERAL (SELECT id, "organizationId", "departmentId" FROM "Membership" WHERE "userId" = u.id ORDER BY "createdAt" ASC, id ASC LIMIT 1) m ON true
    LEFT JOIN "Organization" o ON o.id = m."organizationId"
    WHERE u.id IN (${Prisma.join(sorted)})
    ORDER BY u.id
    FOR UPDATE OF u`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** A user the admin may act on: exists and was not deleted (a deleted account stays anonymised, untouched). */
export function liveUser(users: Map<string, LockedUser>, id: string): LockedUser {
  const u = users.get(id);
  if (!u || u.deletedAt) throw new AppError("NOT_FOUND");
  return u;
}

/** Active admins other than `exceptId`, counted under the admins lock. */
export async function otherActiveAdmins(tx: Tx, exceptId: string): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", status: "ACTIVE", deletedAt: null, id: { not: exceptId } } });
}
