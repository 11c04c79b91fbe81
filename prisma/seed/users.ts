import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { UserRole, UserStatus } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_PASSWORD = "kyoso-demo-2026";

export const DEMO_USERS: {
  email: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  org: { lgCode: string } | { name: string; kind: "COMPANY" | "COORDINATOR_OFFICE" };
  department?: string;
  /** Runs the municipality's partnership desk (官民連携窓口). */
  isDesk?: boolean;
  note?: string;
}[] = [
  {
    email: "admin@kyoso.test",
    name: "管理者 太郎",
    role: "ADMIN",
    status: "ACTIVE",
    org: { name: "Kyoso Hub 運営事務局", kind: "COORDINATOR_OFFICE" },
  },
  {
    email: "coordinator@kyoso.test",
    name: "共創 花子",
    role: "COORDINATOR",
    status: "ACTIVE",
    org: { name: "Kyoso Hub 運営事務局", kind: "COORDINATOR_OFFICE" },
  },
  {
    email: "staff@kaga.example.lg.jp",
    name: "加賀 一郎",
    role: "MUNICIPAL_STAFF",
    status: "ACTIVE",
    org: { lgCode: "172065" },
    department: "イノベーション推進部",
  },
  {
    email: "desk@kaga.example.lg.jp",
    name: "加賀 窓口",
    role: "MUNICIPAL_STAFF",
    status: "ACTIVE",
    org: { lgCode: "172065" },
    department: "政策推進課",
    isDesk: true,
  },
  {
    email: "kosodate@kaga.example.lg.jp",
    name: "加賀 育美",
    role: "MUNICIPAL_STAFF",
    status: "ACTIVE",
    org: { lgCode: "172065" },
    department: "子育て支援課",
  },
  {
    email: "staff@nanto.example.lg.jp",
    name: "南砺 三枝",
    role: "MUNICIPAL_STAFF",
    status: "ACTIVE",
    org: { lgCode: "162108" },
    department: "企画政策課",
  },
  {
    email: "staff@omitama.example.lg.jp",
    name: "小美玉 二郎",
    role: "MUNICIPAL_STAFF",
    status: "PENDING",
    org: { lgCode: "082368" },
    department: "企画調整課",
    note: "企画調整課 主事。公共施設の予約の件で相談したいです。",
  },
  {
    email: "company@example.co.jp",
    name: "営業 三郎",
    role: "COMPANY_MEMBER",
    status: "ACTIVE",
    org: { name: "株式会社デモテック", kind: "COMPANY" },
  },
];

const ROLE_JA = {
  ADMIN: "管理者",
  COORDINATOR: "コーディネーター",
  MUNICIPAL_STAFF: "自治体職員",
  COMPANY_MEMBER: "企業",
} as const;

/** 「加賀 窓口（自治体職員・政策推進課・官民連携窓口）」 for `npm run demo`: the department and the desk say where to click. */
export function demoAccountLabel(u: (typeof DEMO_USERS)[number]): string {
  const parts = [ROLE_JA[u.role], u.department, u.isDesk && "官民連携窓口", u.status === "PENDING" && "承認待ち"];
  return `${u.name}（${parts.filter(Boolean).join("・")}）`;
}

export async function seedDemoUsers(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const org =
      "lgCode" in u.org
        ? await db.organization.findUniqueOrThrow({ where: { lgCode: u.org.lgCode } })
        : ((await db.organization.findFirst({ where: { name: u.org.name, kind: u.org.kind } })) ??
          (await db.organization.create({ data: { name: u.org.name, kind: u.org.kind } })));
    const department = u.department
      ? await db.department.upsert({
          where: { organizationId_name: { organizationId: org.id, name: u.department } },
          create: { organizationId: org.id, name: u.department },
          update: {},
        })
      : null;
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        status: u.status,
        passwordHash,
        signupNote: u.note,
        memberships: { create: { organizationId: org.id, departmentId: department?.id, isDesk: u.isDesk ?? false } },
      },
    });
  }
}
