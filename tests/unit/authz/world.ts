// The cast of the matrix: one user per Role, created once per run with unique names, plus small
// factories for the resources scenarios act on (always fresh, so one role's call never changes
// what the next role sees).
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { ChallengeKind, ChallengeStatus } from "@/lib/generated/prisma/enums";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";
import type { Role, World } from "./types";

export const OTHER_LG_CODE = "082368";

export async function createWorld(): Promise<World> {
  const users: Record<Role, SessionUser | null> = {
    anonymous: null,
    pendingStaff: await createUser({ role: "MUNICIPAL_STAFF", status: "PENDING", department: "企画課" }),
    staffOwn: await createUser({ role: "MUNICIPAL_STAFF", department: "企画課" }),
    staffOther: await createUser({ role: "MUNICIPAL_STAFF", lgCode: OTHER_LG_CODE, department: "企画課" }),
    companyOwn: await createUser({ role: "COMPANY_MEMBER" }),
    companyOther: await createUser({ role: "COMPANY_MEMBER" }),
    coordinator: await createUser({ role: "COORDINATOR" }),
    admin: await createUser({ role: "ADMIN" }),
  };
  await db.companyProfile.create({
    data: { organizationId: users.companyOwn!.organizationId!, industries: ["IT"], regionsServed: [] },
  });
  return {
    users,
    kagaId: (await getMunicipality()).id,
    otherMunicipalityId: (await getMunicipality(OTHER_LG_CODE)).id,
    as: () => {
      throw new Error("the test harness sets world.as");
    },
    u: (r) => {
      const user = users[r];
      if (!user) throw new Error(`${r} has no user`);
      return user;
    },
  };
}

/** A challenge of 加賀市 written by staffOwn. */
export async function challengeOf(
  w: World,
  opts: { kind?: ChallengeKind; status?: ChallengeStatus; questions?: string[] } = {},
) {
  const author = w.u("staffOwn");
  const status = opts.status ?? "PUBLISHED";
  return db.challenge.create({
    data: {
      kind: opts.kind ?? "CONSULTATION",
      status,
      title: `権限テスト課題 ${uid()}`,
      situation: "権限表のための課題",
      municipalityId: author.organizationId!,
      departmentId: author.departmentId,
      authorId: author.id,
      publishedAt: status === "DRAFT" ? null : new Date(),
      closedAt: status === "CLOSED" ? new Date() : null,
      screeningQuestions: opts.questions
        ? { create: opts.questions.map((text, position) => ({ text, position })) }
        : undefined,
    },
    include: { screeningQuestions: true },
  });
}

/** A PENDING interest of companyOwn in a 加賀市 challenge. */
export async function interestOf(w: World, opts: { kind?: ChallengeKind } = {}) {
  const c = await challengeOf(w, { kind: opts.kind });
  return db.interest.create({
    data: {
      challengeId: c.id,
      companyId: w.u("companyOwn").organizationId!,
      userId: w.u("companyOwn").id,
      answers: [],
    },
  });
}

/** A thread between staffOwn (加賀市) and companyOwn. */
export const threadOf = (w: World) =>
  threadBetween(w.u("staffOwn"), w.u("companyOwn"), `権限テストのやりとり ${uid()}`);

/** A match of 加賀市 with companyOwn. */
export async function matchOf(w: World) {
  return db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: "INTEREST",
      municipalityId: w.kagaId,
      companyId: w.u("companyOwn").organizationId!,
      changes: { create: { fromStage: null, toStage: "INTEREST" } },
    },
  });
}

/** A new user with the same role, status and organisation as `role` (for actions that consume the account). */
export async function cloneOf(w: World, role: Role): Promise<SessionUser | null> {
  const u = w.users[role];
  if (!u) return null;
  if (u.role === "MUNICIPAL_STAFF") {
    const lgCode = u.organizationId === w.kagaId ? undefined : OTHER_LG_CODE;
    return createUser({ role: u.role, status: u.status, lgCode });
  }
  const c = await createUser({ role: u.role, status: u.status });
  if (u.role !== "COMPANY_MEMBER") return c;
  // Same company as the original, so "own" keeps its meaning.
  await db.membership.updateMany({ where: { userId: c.id }, data: { organizationId: u.organizationId! } });
  return { ...c, organizationId: u.organizationId, organizationName: u.organizationName };
}
