import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { UserRole, UserStatus } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { checkRole } from "./roles";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  organizationId: string | null;
  organizationName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  /** Runs the municipality's partnership desk (官民連携窓口, Membership.isDesk); lib/desk/access.ts. */
  isDesk: boolean;
};

type UserRow = Omit<SessionUser, "role" | "status"> & {
  role: UserRole;
  status: UserStatus;
  deletedAt: Date | null;
  sessionVersion: number;
};

/**
 * The signed-in user, read fresh from the database once per request; null when signed out. One statement:
 * Prisma's include ran User → Membership → Organization and Department as three sequential round trips, and
 * every signed-in request paid each of them in the event loop's queue under load (docs/reliability/load.md).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await readSession()).user);

/** Why a session cookie signs nobody in any more, so the sign-in page can say it: suspended, or ended by a suspension. */
export type SessionEnd = "suspended" | "ended";

const readSession = cache(async (): Promise<{ user: SessionUser | null; ended?: SessionEnd }> => {
  const session = await getServerSession(authOptions);
  const uid = (session as { uid?: string } | null)?.uid;
  if (!uid) return { user: null };
  const sv = (session as { sv?: number } | null)?.sv ?? 0;
  const [user] = await db.$queryRaw<UserRow[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.status::text AS status, u."deletedAt", u."sessionVersion",
      m."organizationId", o.name AS "organizationName", m."departmentId", d.name AS "departmentName",
      COALESCE(m."isDesk", false) AS "isDesk"
    FROM "User" u
    LEFT JOIN LATERAL (SELECT "organizationId", "departmentId", "isDesk" FROM "Membership" WHERE "userId" = u.id ORDER BY "createdAt" ASC, id ASC LIMIT 1) m ON true
    LEFT JOIN "Organization" o ON o.id = m."organizationId"
    LEFT JOIN "Department" d ON d.id = m."departmentId"
    WHERE u.id = ${uid}`;
  // A deleted account's session cookie may still be valid: it counts as signed out.
  if (!user || user.deletedAt || user.status === "REJECTED") return { user: null };
  if (user.status === "SUSPENDED") return { user: null, ended: "suspended" };
  // Signed in before a suspension: stays signed out after a reactivation too (lib/admin/accounts.ts).
  if (user.sessionVersion !== sv) return { user: null, ended: "ended" };
  const { deletedAt: _deleted, sessionVersion: _sv, ...rest } = user;
  return { user: rest };
});

/** For pages: redirect to sign-in when signed out; 404 when the role may not see the page; a pending account goes to its dashboard. */
export async function requirePageRole(
  roles: readonly UserRole[],
  opts: { active?: boolean } = {},
): Promise<SessionUser> {
  const checked = checkRole(await getCurrentUser(), roles, opts);
  if ("user" in checked) return checked.user;
  if (checked.denial === "UNAUTHENTICATED") {
    const { ended } = await readSession();
    redirect(ended ? `/signin?ended=${ended}` : "/signin");
  }
  if (checked.denial === "FORBIDDEN") notFound();
  redirect("/dashboard");
}

export { assertRole } from "./assert";
