import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import type { OrganizationKind, UserRole, UserStatus } from "@/lib/generated/prisma/enums";
import { areColleagues, countResponsibilities } from "./handover";
import { rolesFor } from "./mutations";
import type { HandoverCounts, UserFilter } from "./schema";

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  status: UserStatus;
  deleted: boolean;
  organization: string | null;
  department: string | null;
  createdAt: Date;
};

const firstMembership = {
  take: 1,
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: {
    isDesk: true,
    organization: { select: { id: true, name: true, kind: true } },
    department: { select: { id: true, name: true } },
  },
};

/** Admins only: everyone, newest first, filtered by a keyword (name, e-mail, municipality or company), role and status. */
export async function listAdminUsers(actor: SessionUser | null, filter: UserFilter, pageSize: number) {
  assertRole(actor, CAN.administer, { active: true });
  const q = filter.q.trim();
  const where: Prisma.UserWhereInput = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            { memberships: { some: { organization: { name: { contains: q, mode: "insensitive" } } } } },
            { memberships: { some: { department: { name: { contains: q, mode: "insensitive" } } } } },
          ],
        }
      : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        status: true,
        deletedAt: true,
        createdAt: true,
        memberships: firstMembership,
      },
    }),
  ]);
  const rows: AdminUserRow[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    status: u.status,
    deleted: u.deletedAt !== null,
    organization: u.memberships[0]?.organization.name ?? null,
    department: u.memberships[0]?.department?.name ?? null,
    createdAt: u.createdAt,
  }));
  return { total, rows };
}

export type AdminUserDetail = AdminUserRow & {
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  departmentId: string | null;
  /** Runs the municipality's partnership desk (官民連携窓口). */
  isDesk: boolean;
  /** Roles that fit the organisation (the role form offers only these). */
  roles: UserRole[];
  /** The 課 of their municipality, for a move; empty for anyone but clerks. */
  departments: { id: string; name: string }[];
  /** Active colleagues who could take over (same organisation and side). */
  colleagues: { id: string; name: string; email: string; department: string | null }[];
  responsibilities: HandoverCounts;
  isSelf: boolean;
};

/** One account for /admin/users/[id]; null when there is none (the page answers 404). */
export async function getAdminUser(actor: SessionUser | null, id: string): Promise<AdminUserDetail | null> {
  const me = assertRole(actor, CAN.administer, { active: true });
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      deletedAt: true,
      createdAt: true,
      memberships: firstMembership,
    },
  });
  if (!u) return null;
  const org = u.memberships[0]?.organization ?? null;
  const dept = u.memberships[0]?.department ?? null;
  const [departments, candidates, responsibilities] = await Promise.all([
    org?.kind === "MUNICIPALITY" && u.role === "MUNICIPAL_STAFF"
      ? db.department.findMany({
          where: { organizationId: org.id },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [],
    org
      ? db.user.findMany({
          where: {
            id: { not: u.id },
            status: "ACTIVE",
            deletedAt: null,
            memberships: { some: { organizationId: org.id } },
          },
          select: { id: true, name: true, email: true, role: true, memberships: firstMembership },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: 500,
        })
      : [],
    countResponsibilities(db, u.id),
  ]);
  const colleagues = candidates
    .filter((c) =>
      areColleagues(
        { role: u.role, organizationId: org?.id ?? null },
        { role: c.role, organizationId: org?.id ?? null },
      ),
    )
    .map((c) => ({ id: c.id, name: c.name, email: c.email, department: c.memberships[0]?.department?.name ?? null }));
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    status: u.status,
    deleted: u.deletedAt !== null,
    organization: org?.name ?? null,
    organizationId: org?.id ?? null,
    organizationKind: org?.kind ?? null,
    department: dept?.name ?? null,
    departmentId: dept?.id ?? null,
    isDesk: u.memberships[0]?.isDesk ?? false,
    createdAt: u.createdAt,
    roles: rolesFor(org?.kind ?? null),
    departments,
    colleagues,
    responsibilities,
    isSelf: u.id === me.id,
  };
}
