// Test-only helpers for admin user management: colleagues in one organisation, and a clerk with work to hand over.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { acceptInterest } from "@/lib/interests/decisions";
import { createChallenge } from "@/lib/interests/test-helpers";
import { expressInterest } from "@/lib/interests/mutations";
import { createUser } from "@/tests/fixtures/factories";

/** A new user of `role` in the same organisation as `of` (createUser gives company and office roles an org each). */
export async function colleagueOf(of: SessionUser, role: UserRole = of.role): Promise<SessionUser> {
  const u = await createUser({ role });
  await db.membership.updateMany({ where: { userId: u.id }, data: { organizationId: of.organizationId! } });
  return { ...u, organizationId: of.organizationId, organizationName: of.organizationName };
}

/** A 加賀市 clerk who wrote a challenge a company showed interest in and was accepted for (thread, match). */
export async function clerkWithWork() {
  const leaver = await createUser({ role: "MUNICIPAL_STAFF", department: "異動元課" });
  const successor = await createUser({ role: "MUNICIPAL_STAFF" });
  const company = await createUser({ role: "COMPANY_MEMBER" });
  const challenge = await createChallenge(leaver);
  const draft = await createChallenge(leaver, { status: "DRAFT" });
  const interest = await expressInterest(company, { challengeId: challenge.id, answers: [] });
  if (!interest.ok) throw new Error("interest refused");
  const { threadId } = await acceptInterest(leaver, interest.id);
  const match = await db.match.findUniqueOrThrow({ where: { threadId }, select: { id: true } });
  return { leaver, successor, company, challenge, draft, interestId: interest.id, threadId, matchId: match.id };
}

/** Who is responsible for the clerk's work now: the authors of the challenges (one id when nothing is split). */
export async function authorsOf(...challengeIds: string[]) {
  const rows = await db.challenge.findMany({ where: { id: { in: challengeIds } }, select: { authorId: true } });
  return [...new Set(rows.map((r) => r.authorId))];
}
