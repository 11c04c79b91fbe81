// Rows for the 横展開 tests: a published case of 加賀市 with a partner company in the directory (one ACTIVE member),
// staff of another town (two clerks of one department) and of 加賀市, and a way to publish a replicated draft.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { publishChallenge } from "@/lib/challenges/mutations";
import { challengePublishSchema } from "@/lib/challenges/schema";
import { createUser, getMunicipality, uid } from "@/tests/fixtures/factories";

export const OTHER_TOWN = "082368";

export async function replicationCast() {
  const id = uid();
  const kaga = await getMunicipality();
  const partner = await createUser({ role: "COMPANY_MEMBER", orgName: `横展開テスト社 ${id}` });
  const outsider = await createUser({ role: "COMPANY_MEMBER", orgName: `無関係社 ${id}` });
  const theme = await db.theme.findUniqueOrThrow({ where: { slug: "dx" } });
  const c = await db.case.create({
    data: {
      title: `AIチャットボットで問い合わせ削減 ${id}`,
      summary: "窓口の問い合わせにAIが答える",
      body: "本文",
      municipalityId: kaga.id,
      scheme: "DEMONSTRATION",
      outcome: "ADOPTED",
      fiscalYear: 2023,
      figures: [{ label: "電話問い合わせ", value: "30%減" }],
      themes: { connect: [{ id: theme.id }] },
      partners: {
        create: [
          { name: partner.organizationName!, organizationId: partner.organizationId, sortOrder: 0 },
          { name: "名簿にない協力団体", sortOrder: 1 },
        ],
      },
    },
  });
  const clerk = await createUser({ role: "MUNICIPAL_STAFF", lgCode: OTHER_TOWN, department: `情報政策課${id}` });
  const colleague = await createUser({ role: "MUNICIPAL_STAFF", lgCode: OTHER_TOWN, department: `情報政策課${id}` });
  const kagaStaff = await createUser({ role: "MUNICIPAL_STAFF", department: `企画課${id}` });
  return { id, caseId: c.id, caseTitle: c.title, partner, outsider, clerk, colleague, kagaStaff, kaga };
}

/** The clerk's own words over every prompt, then 公開する (kind chosen in the wizard). */
export async function publishOwnWords(user: SessionUser, challengeId: string, kind = "CONSULTATION") {
  const ch = await db.challenge.findUniqueOrThrow({ where: { id: challengeId }, include: { themes: true } });
  const input = challengePublishSchema.parse({
    id: ch.id,
    kind,
    title: `窓口の問い合わせが多すぎる ${uid()}`,
    situation: "電話の問い合わせが一日200件あり、窓口の職員が本来の仕事をできない",
    affected: "市民課の職員8名",
    success: "問い合わせが3割減る",
    departmentId: ch.departmentId ?? undefined,
    themeSlugs: ch.themes.map((t) => t.slug),
  });
  return publishChallenge(user, input);
}
