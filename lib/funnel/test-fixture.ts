// The hand-computed fixture of lib/funnel/*.test.ts: two made-up towns of its own (tests share one
// database), ten matches in town A and three in town B. The expected figures are written out by
// hand in the tests, not computed from this file.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { CaseScheme, MatchDeclineReason, MatchStage } from "@/lib/generated/prisma/enums";
import { createUser, uid } from "@/tests/fixtures/factories";

type Spec = {
  stage: MatchStage;
  max: number;
  met?: boolean;
  org?: boolean;
  scheme?: CaseScheme;
  reason?: MatchDeclineReason;
  dept?: "X" | "Y";
  coord?: "A" | "B";
  challenge?: 1 | 2;
  at: string;
  history: MatchStage[];
};

// JST months: 2024-03-31T16:00Z is 2024-04-01 01:00 JST (FY2024); 14:00Z is 2024-03-31 23:00 JST (FY2023).
const APR = "2024-03-31T16:00:00Z";
const MAR = "2024-03-31T14:00:00Z";
const JUN = "2024-06-15T03:00:00Z";

export const TOWN_A: Spec[] = [
  { stage: "INTEREST", max: 0, dept: "X", coord: "A", challenge: 1, at: APR, history: ["INTEREST"] },
  { stage: "MATCHING", max: 1, dept: "X", coord: "A", at: APR, history: ["INTEREST", "MATCHING"] },
  { stage: "MATCHING", max: 1, dept: "X", coord: "A", at: APR, history: ["MATCHING"] },
  {
    stage: "MEETING",
    max: 2,
    met: true,
    dept: "X",
    coord: "A",
    challenge: 1,
    at: MAR,
    history: ["INTEREST", "MATCHING", "MEETING"],
  },
  {
    stage: "FEASIBILITY",
    max: 3,
    met: true,
    org: true,
    scheme: "DEMONSTRATION",
    dept: "X",
    coord: "A",
    challenge: 1,
    at: MAR,
    history: ["INTEREST", "MATCHING", "MEETING", "FEASIBILITY"],
  },
  // the skip: マッチング straight to 事業化検討 (商談 counts as passed)
  {
    stage: "FEASIBILITY",
    max: 3,
    org: true,
    dept: "Y",
    coord: "A",
    challenge: 2,
    at: JUN,
    history: ["INTEREST", "MATCHING", "FEASIBILITY"],
  },
  {
    stage: "BUDGETED",
    max: 4,
    met: true,
    org: true,
    scheme: "DEMONSTRATION",
    dept: "Y",
    coord: "B",
    challenge: 2,
    at: JUN,
    history: ["MATCHING", "MEETING", "FEASIBILITY", "BUDGETED"],
  },
  {
    stage: "DECLINED",
    max: 0,
    reason: "NO_RESPONSE",
    dept: "Y",
    coord: "B",
    at: JUN,
    history: ["INTEREST", "DECLINED"],
  },
  { stage: "DECLINED", max: 2, met: true, reason: "NO_BUDGET", at: JUN, history: ["MATCHING", "MEETING", "DECLINED"] },
  {
    stage: "DECLINED",
    max: 3,
    met: true,
    org: true,
    scheme: "PROPOSAL",
    reason: "CHOSE_OTHER",
    at: JUN,
    history: ["MATCHING", "MEETING", "FEASIBILITY", "DECLINED"],
  },
];

export type FunnelFixture = Awaited<ReturnType<typeof createFunnelFixture>>;

export async function createFunnelFixture() {
  const id = uid();
  const townA = await db.organization.create({
    data: { kind: "MUNICIPALITY", name: `ファネル町A-${id}`, prefectureCode: "17" },
  });
  const townB = await db.organization.create({
    data: { kind: "MUNICIPALITY", name: `ファネル町B-${id}`, prefectureCode: "17" },
  });
  const company = await db.organization.create({ data: { kind: "COMPANY", name: `ファネル株式会社-${id}` } });
  const deptX = await db.department.create({ data: { organizationId: townA.id, name: `企画課-${id}` } });
  const deptY = await db.department.create({ data: { organizationId: townA.id, name: `=SUM(A1)課-${id}` } });
  const coordA = await createUser({ role: "COORDINATOR" });
  const coordB = await createUser({ role: "COORDINATOR" });
  const coordC = await createUser({ role: "COORDINATOR" });
  const admin = await createUser({ role: "ADMIN" });
  const staffA = await staffOf(townA, "ACTIVE");
  const staffB = await staffOf(townB, "ACTIVE");
  const pendingA = await staffOf(townA, "PENDING");
  const companyUser = await createUser({ role: "COMPANY_MEMBER" });
  const [t1, t2] = await db.theme.findMany({ orderBy: { sortOrder: "asc" }, take: 2 });
  const c1 = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      title: `課題1-${id}`,
      situation: "x",
      municipalityId: townA.id,
      authorId: staffA.id,
      themes: { connect: [{ id: t1.id }, { id: t2.id }] },
    },
  });
  const c2 = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      title: `課題2-${id}`,
      situation: "x",
      municipalityId: townA.id,
      authorId: staffA.id,
      themes: { connect: [{ id: t1.id }] },
    },
  });
  const coords = { A: coordA.id, B: coordB.id };
  const depts = { X: deptX.id, Y: deptY.id };
  const challenges = { 1: c1.id, 2: c2.id };
  const create = (municipalityId: string, s: Spec) =>
    db.match.create({
      data: {
        origin: "INTEREST",
        municipalityId,
        companyId: company.id,
        stage: s.stage,
        maxStageRank: s.max,
        metDepartment: s.met ?? false,
        contentOrganized: s.org ?? false,
        scheme: s.scheme,
        declineReason: s.reason,
        departmentId: s.dept ? depts[s.dept] : null,
        coordinatorId: s.coord ? coords[s.coord] : null,
        challengeId: s.challenge ? challenges[s.challenge] : null,
        createdAt: new Date(s.at),
        changes: {
          create: s.history.map((to, k) => ({
            fromStage: k === 0 ? null : s.history[k - 1],
            toStage: to,
            createdAt: new Date(Date.parse(s.at) + k * 86_400_000),
          })),
        },
      },
    });
  for (const s of TOWN_A) await create(townA.id, s);
  for (const s of [TOWN_A[0], TOWN_A[4], TOWN_A[6]])
    await create(townB.id, { ...s, coord: undefined, dept: undefined, challenge: undefined });
  await db.match.updateMany({ where: { municipalityId: townB.id }, data: { coordinatorId: coordC.id } });
  return { townA, townB, deptX, deptY, coordA, coordB, coordC, admin, staffA, staffB, pendingA, companyUser, t1, t2 };
}

export async function staffOf(town: { id: string; name: string }, status: "ACTIVE" | "PENDING"): Promise<SessionUser> {
  const id = uid();
  const u = await db.user.create({
    data: {
      email: `funnel-${id}@example.test`,
      name: `職員 ${id}`,
      role: "MUNICIPAL_STAFF",
      status,
      passwordHash: "x",
      memberships: { create: { organizationId: town.id } },
    },
  });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    status: u.status,
    organizationId: town.id,
    organizationName: town.name,
    departmentId: null,
    departmentName: null,
    isDesk: false,
  };
}
