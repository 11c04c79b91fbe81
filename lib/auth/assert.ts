import { AppError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { checkRole } from "./roles";
import type { SessionUser } from "./session";

// Apart from lib/auth/session.ts, which reads the session through next-auth and next/navigation: mutations that
// the job worker also loads (the review mail, the desk's digest) check roles through this file without pulling
// Next's client router into a plain Node process (scripts/worker-imports.test.ts).

/** For queries and mutations: throw instead of redirecting. */
export function assertRole(
  user: SessionUser | null,
  roles: readonly UserRole[],
  opts: { active?: boolean } = {},
): SessionUser {
  const checked = checkRole(user, roles, opts);
  if ("denial" in checked) throw new AppError(checked.denial);
  return checked.user;
}
