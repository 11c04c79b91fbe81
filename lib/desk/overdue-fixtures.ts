// Test rows for the desk's target-time tests: proposals written directly (the proposal flow has its own tests).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createUser, uid } from "@/tests/fixtures/factories";

export const jst = (s: string) => new Date(`${s}+09:00`);

/** A company (with one member) to propose from. */
export async function proposingCompany() {
  return createUser({ role: "COMPANY_MEMBER", orgName: `提案テスト株式会社 ${uid()}` });
}

export function proposalIn(
  municipalityId: string,
  companyId: string,
  data: Partial<Prisma.ProposalUncheckedCreateInput> = {},
) {
  return db.proposal.create({
    data: {
      municipalityId,
      companyId,
      title: `期限テストの提案 ${uid()}`,
      problem: "窓口の混雑",
      proposal: "予約システムの導入",
      cost: "FREE_PILOT",
      ...data,
    },
  });
}
