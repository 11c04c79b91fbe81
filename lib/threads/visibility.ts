// Who may see a thread, in one place. Every read of threads, messages and documents (list, page,
// posting, unread counts, downloads) goes through this rule, so it is enforced in SQL and a thread
// a user may not see answers 404, never 403.
//
// The municipality side is the WHOLE municipality (every ACTIVE staff member of
// thread.municipalityId), not only the author and department: staff move between 課 and cover for
// each other, and a thread must not vanish when its author is away. Notifications are narrower
// (see recipients.ts) so that the whole 市役所 is not pinged for every message.
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { isCompanyMember, isCoordinator, isMunicipalStaff, noRowWhere } from "@/lib/auth/roles";

export type ThreadScope =
  | { kind: "none" }
  | { kind: "all" }
  | { kind: "municipality"; organizationId: string }
  | { kind: "company"; organizationId: string };

/** The rule itself; visibleThreadWhere (Prisma) and visibleThreadSql (raw reads: the thread page, unread counts) derive from it. */
export function threadScope(user: SessionUser | null): ThreadScope {
  // Pending staff only claimed a municipality at sign-up; nobody has checked it yet.
  if (!user || user.status !== "ACTIVE") return { kind: "none" };
  if (isCoordinator(user)) return { kind: "all" };
  if (!user.organizationId) return { kind: "none" };
  if (isMunicipalStaff(user)) return { kind: "municipality", organizationId: user.organizationId };
  if (isCompanyMember(user)) return { kind: "company", organizationId: user.organizationId };
  return { kind: "none" };
}

export function visibleThreadWhere(user: SessionUser | null): Prisma.ThreadWhereInput {
  const scope = threadScope(user);
  switch (scope.kind) {
    case "all":
      return {};
    case "municipality":
      return { municipalityId: scope.organizationId };
    case "company":
      return { companyId: scope.organizationId };
    default:
      return noRowWhere();
  }
}

/** The same rule as SQL on a thread aliased `t`, for raw reads; null: the user sees no thread. */
export function visibleThreadSql(user: SessionUser | null): Prisma.Sql | null {
  const scope = threadScope(user);
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "municipality":
      return Prisma.sql`t."municipalityId" = ${scope.organizationId}`;
    case "company":
      return Prisma.sql`t."companyId" = ${scope.organizationId}`;
    default:
      return null;
  }
}

/** Which side of the thread a user speaks for (labels and notification recipients). */
export function sideOf(user: Pick<SessionUser, "role">): "municipality" | "company" | "coordinator" {
  if (isMunicipalStaff(user)) return "municipality";
  if (isCompanyMember(user)) return "company";
  return "coordinator";
}
