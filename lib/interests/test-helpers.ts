// Test-only helpers for the interests domain: challenges written straight to the database.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { ChallengeKind, ChallengeStatus } from "@/lib/generated/prisma/enums";
import { uid } from "@/tests/fixtures/factories";

export async function createChallenge(
  author: SessionUser,
  opts: {
    kind?: ChallengeKind;
    status?: ChallengeStatus;
    questions?: string[];
    title?: string;
    situation?: string;
  } = {},
) {
  return db.challenge.create({
    data: {
      kind: opts.kind ?? "CONSULTATION",
      status: opts.status ?? "PUBLISHED",
      title: opts.title ?? `テスト課題 ${uid()}`,
      situation: opts.situation ?? "テスト用の状況説明",
      municipalityId: author.organizationId!,
      departmentId: author.departmentId,
      authorId: author.id,
      publishedAt: (opts.status ?? "PUBLISHED") === "DRAFT" ? null : new Date(),
      screeningQuestions: opts.questions
        ? { create: opts.questions.map((text, position) => ({ text, position })) }
        : undefined,
    },
    include: { screeningQuestions: { orderBy: { position: "asc" } } },
  });
}

export const answersFor = (c: { screeningQuestions: { id: string }[] }, answer = "回答です") =>
  c.screeningQuestions.map((q) => ({ questionId: q.id, answer }));

/** A company member whose organisation is created with a plain insert (no password hashing), for fuzz runs. */
export async function quickCompanyMember(): Promise<SessionUser> {
  const id = uid();
  const org = await db.organization.create({ data: { kind: "COMPANY", name: `高速テスト企業 ${id}` } });
  const user = await db.user.create({
    data: {
      email: `quick-${id}-${Math.random().toString(36).slice(2)}@example.test`,
      name: `テスト ${id}`,
      role: "COMPANY_MEMBER",
      passwordHash: "x",
      memberships: { create: { organizationId: org.id } },
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "COMPANY_MEMBER",
    status: "ACTIVE",
    organizationId: org.id,
    organizationName: org.name,
    departmentId: null,
    departmentName: null,
    isDesk: false,
  };
}
