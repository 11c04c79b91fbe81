import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

// What the desk seed (./desk.ts) shares between its parts: 加賀市, its departments and a clerk for each.

export const KAGA = "172065";
export const DAY = 86_400_000;
export const DEPT = {
  innovation: "イノベーション推進部",
  kosodate: "子育て支援課",
  kotsu: "地域交通課",
  shisetsu: "公共施設管理課",
} as const;
export type DeptKey = keyof typeof DEPT;

/**
 * Clerks of the departments nobody signs in as (the 子育て支援課 clerk is a demo account in ./users.ts): their
 * password is the hash of a random secret that is thrown away, as for the other seed authors.
 */
const CLERKS = [
  { id: "seed-user-kaga-kotsu", email: "seed-kaga-kotsu@kyoso.test", name: "加賀 進", dept: "kotsu" },
  { id: "seed-user-kaga-shisetsu", email: "seed-kaga-shisetsu@kyoso.test", name: "加賀 守", dept: "shisetsu" },
] as const;

export type DeskContext = {
  now: number;
  kagaId: string;
  deskId: string;
  coordinatorId: string;
  companyUserId: string;
  demotechId: string;
  /** Department ids and one clerk per department, by key. */
  dept: Record<DeptKey, { id: string; clerkId: string; clerkName: string }>;
};

async function clerk(db: PrismaClient, c: (typeof CLERKS)[number], organizationId: string, departmentId: string) {
  const existing = await db.user.findUnique({ where: { id: c.id }, select: { id: true } });
  if (existing) return existing.id;
  await db.user.create({
    data: {
      id: c.id,
      email: c.email,
      name: c.name,
      role: "MUNICIPAL_STAFF",
      status: "ACTIVE",
      passwordHash: await hashPassword(randomBytes(32).toString("hex")),
      memberships: { create: { organizationId, departmentId } },
    },
  });
  return c.id;
}

export async function deskContext(db: PrismaClient): Promise<DeskContext | null> {
  const [kaga, desk, staff, kosodate, coordinator, company, demotech] = await Promise.all([
    db.organization.findUnique({ where: { lgCode: KAGA }, select: { id: true } }),
    db.user.findUnique({ where: { email: "desk@kaga.example.lg.jp" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "staff@kaga.example.lg.jp" }, select: { id: true, name: true } }),
    db.user.findUnique({ where: { email: "kosodate@kaga.example.lg.jp" }, select: { id: true, name: true } }),
    db.user.findUnique({ where: { email: "coordinator@kyoso.test" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "company@example.co.jp" }, select: { id: true } }),
    db.organization.findFirst({ where: { name: "株式会社デモテック", kind: "COMPANY" }, select: { id: true } }),
  ]);
  if (!kaga || !desk || !staff || !kosodate || !coordinator || !company || !demotech) return null;
  const ids = {} as Record<DeptKey, string>;
  for (const [key, name] of Object.entries(DEPT) as [DeptKey, string][]) {
    const d = await db.department.upsert({
      where: { organizationId_name: { organizationId: kaga.id, name } },
      create: { organizationId: kaga.id, name },
      update: {},
      select: { id: true },
    });
    ids[key] = d.id;
  }
  const [kotsu, shisetsu] = await Promise.all(CLERKS.map((c) => clerk(db, c, kaga.id, ids[c.dept])));
  return {
    now: Date.now(),
    kagaId: kaga.id,
    deskId: desk.id,
    coordinatorId: coordinator.id,
    companyUserId: company.id,
    demotechId: demotech.id,
    dept: {
      innovation: { id: ids.innovation, clerkId: staff.id, clerkName: staff.name },
      kosodate: { id: ids.kosodate, clerkId: kosodate.id, clerkName: kosodate.name },
      kotsu: { id: ids.kotsu, clerkId: kotsu, clerkName: CLERKS[0].name },
      shisetsu: { id: ids.shisetsu, clerkId: shisetsu, clerkName: CLERKS[1].name },
    },
  };
}

/** A calendar date (UTC midnight, as @db.Date stores it) `days` from now; negative is in the past. */
export function dateFrom(now: number, days: number): Date {
  return new Date(new Date(now + days * DAY).toISOString().slice(0, 10));
}
