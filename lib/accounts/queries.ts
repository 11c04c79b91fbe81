import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { prefectureName } from "@/lib/municipalities/prefectures";
import { CAN } from "@/lib/auth/roles";
import { reviewableStaffWhere } from "./reviewers";
import { isLgJpEmail } from "./schema";

export type PendingStaffRow = {
  id: string;
  name: string;
  email: string;
  lgJpHint: boolean;
  municipality: { name: string; prefecture: string; lgCode: string | null } | null;
  department: string | null;
  /** The department is only the applicant's wish: approving creates it (or joins the existing one of that name). */
  departmentRequested: boolean;
  note: string | null;
  createdAt: Date;
};

/** Oldest first: applicants have waited longest. Coordinators and admins only; not the desk's invitation accounts. */
export async function listPendingStaff(actor: SessionUser | null, take = 100): Promise<PendingStaffRow[]> {
  const reviewer = assertRole(actor, CAN.reviewSignUps, { active: true });
  const users = await db.user.findMany({
    where: { AND: [{ status: "PENDING", role: "MUNICIPAL_STAFF" }, reviewableStaffWhere(reviewer)] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    include: {
      memberships: { take: 1, orderBy: { createdAt: "asc" }, include: { organization: true, department: true } },
    },
  });
  return users.map((u) => {
    const m = u.memberships[0];
    return {
      id: u.id,
      name: u.name,
      email: u.email,
      lgJpHint: isLgJpEmail(u.email),
      municipality: m
        ? {
            name: m.organization.name,
            prefecture: prefectureName(m.organization.prefectureCode),
            lgCode: m.organization.lgCode,
          }
        : null,
      department: u.requestedDepartment ?? m?.department?.name ?? null,
      departmentRequested: u.requestedDepartment !== null,
      note: u.signupNote,
      createdAt: u.createdAt,
    };
  });
}

export async function countPendingStaff(actor: SessionUser | null): Promise<number> {
  const reviewer = assertRole(actor, CAN.reviewSignUps, { active: true });
  return db.user.count({
    where: { AND: [{ status: "PENDING", role: "MUNICIPAL_STAFF" }, reviewableStaffWhere(reviewer)] },
  });
}

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: SessionUser["role"];
  status: SessionUser["status"];
  organization: string | null;
  createdAt: Date;
};

/** Admins only: a plain list of everyone, newest first. */
export async function listUsers(actor: SessionUser | null, opts: { page: number; pageSize: number }) {
  assertRole(actor, CAN.administer, { active: true });
  const [total, users] = await Promise.all([
    db.user.count(),
    db.user.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (opts.page - 1) * opts.pageSize,
      take: opts.pageSize,
      include: {
        memberships: { take: 1, orderBy: { createdAt: "asc" }, include: { organization: { select: { name: true } } } },
      },
    }),
  ]);
  const rows: UserRow[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    status: u.status,
    organization: u.memberships[0]?.organization.name ?? null,
    createdAt: u.createdAt,
  }));
  return { total, rows };
}

/** Public: the municipalities (incl. the prefecture itself) of one prefecture, in code order. */
export async function listMunicipalitiesOfPrefecture(prefectureCode: string) {
  return db.organization.findMany({
    where: { kind: "MUNICIPALITY", prefectureCode },
    orderBy: { lgCode: "asc" },
    select: { id: true, name: true, lgCode: true },
  });
}
