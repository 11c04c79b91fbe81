// Per-test rows for the e2e specs, written straight to the e2e database (playwright.config.ts sets
// DATABASE_URL), so tests that run side by side never share a challenge or an interest.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { uid } from "../fixtures/factories";
import { DEMO } from "./fixtures";

export const DEMO_COMPANY = "株式会社デモテック";
const KAGA = "172065";
const DAY_MS = 86_400_000;

/** A published 相談型 challenge of 加賀市, written by the demo staff member. */
export async function createKagaChallenge(opts: { title?: string; screening?: string[] } = {}) {
  const kaga = await db.organization.findUniqueOrThrow({ where: { lgCode: KAGA } });
  const author = await db.user.findUniqueOrThrow({ where: { email: DEMO.staff } });
  return db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title: opts.title ?? `e2e確認用の課題 ${uid()}`,
      situation: "確認のための課題です。",
      municipalityId: kaga.id,
      authorId: author.id,
      publishedAt: new Date(),
      screeningQuestions: { create: (opts.screening ?? []).map((text, position) => ({ text, position })) },
    },
    include: { screeningQuestions: { orderBy: { position: "asc" } } },
  });
}

/**
 * The demo company's pending 「興味がある」 on a new 加賀市 challenge, with answers to its questions.
 * Sent two days ago, so it does not count towards the company's daily limit that other tests use.
 */
export async function createPendingInterest(qa: [question: string, answer: string][]) {
  const challenge = await createKagaChallenge({ screening: qa.map(([q]) => q) });
  const company = await db.organization.findFirstOrThrow({ where: { kind: "COMPANY", name: DEMO_COMPANY } });
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO.company } });
  await db.interest.create({
    data: {
      challengeId: challenge.id,
      companyId: company.id,
      userId: user.id,
      answers: challenge.screeningQuestions.map((q, i) => ({ questionId: q.id, question: q.text, answer: qa[i][1] })),
      createdAt: new Date(Date.now() - 2 * DAY_MS),
    },
  });
  return challenge;
}

/**
 * A new company with one ACTIVE member whose own name, e-mail and phone are the company's contact
 * (what a sole member typically enters): for tests that lock, delete or otherwise spend an account.
 */
export async function createCompanyMember(password: string) {
  const id = uid();
  const email = `member-${id}@example.test`;
  const name = `退会 花子 ${id}`;
  const company = await db.organization.create({
    data: {
      kind: "COMPANY",
      name: `株式会社e2e ${id}`,
      description: "e2e 確認用の企業です。",
      companyProfile: {
        create: { contactName: name, contactEmail: email, contactPhone: "03-0000-1234", regionsServed: [] },
      },
    },
  });
  const user = await db.user.create({
    data: {
      email,
      name,
      role: "COMPANY_MEMBER",
      passwordHash: await hashPassword(password),
      memberships: { create: { organizationId: company.id } },
    },
  });
  return { user, company };
}
