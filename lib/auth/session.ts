import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UserRole, UserStatus } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

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
};

/** The signed-in user, read fresh from the database once per request; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const uid = (session as { uid?: string } | null)?.uid;
  if (!uid) return null;
  const user = await db.user.findUnique({
    where: { id: uid },
    include: { memberships: { include: { organization: true, department: true }, take: 1, orderBy: { createdAt: "asc" } } },
  });
  // A deleted account's session cookie may still be valid: it counts as signed out.
  if (!user || user.deletedAt || user.status === "REJECTED" || user.status === "SUSPENDED") return null;
  const m = user.memberships[0];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    organizationId: m?.organizationId ?? null,
    organizationName: m?.organization.name ?? null,
    departmentId: m?.departmentId ?? null,
    departmentName: m?.department?.name ?? null,
  };
});

export const isStaff = (u: SessionUser | null) => u?.role === "COORDINATOR" || u?.role === "ADMIN";

/** For pages: redirect to sign-in when signed out; 404 when the role may not see the page. */
export async function requirePageRole(roles: readonly UserRole[], opts: { active?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!roles.includes(user.role)) notFound();
  if (opts.active && user.status !== "ACTIVE") redirect("/dashboard");
  return user;
}

/** For queries and mutations: throw instead of redirecting. */
export function assertRole(user: SessionUser | null, roles: readonly UserRole[], opts: { active?: boolean } = {}): SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN");
  if (opts.active && user.status !== "ACTIVE") throw new AppError("PENDING_APPROVAL");
  return user;
}
