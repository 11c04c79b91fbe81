import "server-only";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { isDepartmentUser, isDeskUser, type DepartmentUser, type DeskUser } from "./access";

// The page guards of the desk side, apart from ./access so that mutations the job worker loads do not import
// next/navigation (scripts/worker-imports.test.ts).

/** For pages: sign-in redirect, pending → dashboard, and a 404 for anyone who is not on the desk. */
export async function requireDeskPage(): Promise<DeskUser> {
  const user = await requirePageRole(CAN.postChallenges, { active: true });
  if (!isDeskUser(user)) notFound();
  return user;
}

/** For pages: staff of a department (the desk is usually in one too). */
export async function requireDepartmentPage(): Promise<DepartmentUser> {
  const user = await requirePageRole(CAN.postChallenges, { active: true });
  if (!isDepartmentUser(user)) notFound();
  return user;
}
