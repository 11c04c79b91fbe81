import "server-only";
import { notFound } from "next/navigation";
import { requirePageRole, type SessionUser } from "@/lib/auth/session";
import { MUNICIPAL_OR_COORDINATION_ROLES } from "@/lib/auth/roles";
import { canViewDirectory } from "./access";

/**
 * For directory pages: anonymous → /signin; signed in but outside the audience → 404; staff awaiting
 * approval → their dashboard's 承認待ち notice (requirePageRole), not a bare 404 for a page they will get.
 */
export async function requireDirectoryPage(): Promise<SessionUser> {
  const user = await requirePageRole(MUNICIPAL_OR_COORDINATION_ROLES, { active: true });
  if (!canViewDirectory(user)) notFound();
  return user;
}
