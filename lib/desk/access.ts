import "server-only";
import { assertRole } from "@/lib/auth/assert";
import type { SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

// Who is who inside a city hall (issue 17). The partnership desk (官民連携窓口) is municipal staff whose membership
// has isDesk; a department in charge (所管部署) is the staff whose membership names that department. Queries scope
// by these ids (municipalityId = user.organizationId, departmentId = user.departmentId), never by what a form says.

export type DeskUser = SessionUser & { organizationId: string; isDesk: true };
export type DepartmentUser = SessionUser & { organizationId: string; departmentId: string };

export function isDeskUser(user: SessionUser | null | undefined): user is DeskUser {
  return !!user && user.role === "MUNICIPAL_STAFF" && user.status === "ACTIVE" && user.isDesk && !!user.organizationId;
}

export function isDepartmentUser(user: SessionUser | null | undefined): user is DepartmentUser {
  return (
    !!user &&
    user.role === "MUNICIPAL_STAFF" &&
    user.status === "ACTIVE" &&
    !!user.organizationId &&
    !!user.departmentId
  );
}

/** For mutations and queries: the active desk member of a municipality, or FORBIDDEN. */
export function assertDesk(user: SessionUser | null): DeskUser {
  const staff = assertRole(user, CAN.postChallenges, { active: true });
  if (!isDeskUser(staff)) throw new AppError("FORBIDDEN");
  return staff;
}

/** For mutations and queries: active staff who belong to a department, or FORBIDDEN. */
export function assertDepartment(user: SessionUser | null): DepartmentUser {
  const staff = assertRole(user, CAN.postChallenges, { active: true });
  if (!isDepartmentUser(staff)) throw new AppError("FORBIDDEN");
  return staff;
}
