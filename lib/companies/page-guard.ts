import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { canViewDirectory } from "./access";

/** For directory pages: anonymous → /signin; signed in but outside the audience → 404. */
export async function requireDirectoryPage(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!canViewDirectory(user)) notFound();
  return user;
}
