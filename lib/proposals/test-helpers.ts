// Rows for proposal tests: a desk and a department of 加賀市 (or another town), a company, and a valid form.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";
import { proposalFormSchema, type ProposalFormInput } from "./schema";

export async function proposalCast(lgCode?: string) {
  const id = uid();
  const desk = await createUser({ role: "MUNICIPAL_STAFF", lgCode, department: `政策推進課${id}`, isDesk: true });
  const dept = await createUser({ role: "MUNICIPAL_STAFF", lgCode, department: `イノベーション推進部${id}` });
  const other = await createUser({ role: "MUNICIPAL_STAFF", lgCode, department: `財政課${id}` });
  const company = await createUser({ role: "COMPANY_MEMBER", orgName: `提案テスト社 ${id}` });
  const municipality = await getMunicipality(lgCode);
  return { desk, dept, other, company, municipalityId: municipality.id, id };
}

export function formFor(municipalityId: string, extra: Partial<Record<keyof ProposalFormInput, unknown>> = {}) {
  return proposalFormSchema.parse({
    municipalityId,
    title: `窓口対応のAIチャットボット ${uid()}`,
    problem: "住民からの問い合わせが多く、職員の負担が大きい",
    proposal: "AIチャットボットで夜間と休日の問い合わせに答える実証を行う",
    cost: "FREE_PILOT",
    caseIds: [],
    ...extra,
  });
}

/** A second member of the same company (who should see its proposals too). */
export async function colleagueOf(u: SessionUser): Promise<SessionUser> {
  const c = await createUser({ role: "COMPANY_MEMBER" });
  await db.membership.updateMany({ where: { userId: c.id }, data: { organizationId: u.organizationId! } });
  return { ...c, organizationId: u.organizationId, organizationName: u.organizationName };
}
