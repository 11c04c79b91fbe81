// Rows for the case-from-match tests: a 加賀市 department, its company and coordinator, and a match that reached
// 事業化・予算化 with an ended pilot whose criteria have results, plus notes that must never reach a case.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { createUser, uid } from "@/tests/fixtures/factories";
import { threadBetween } from "@/tests/fixtures/threads";

export const SECRETS = ["社内メモ：予算はまだ内緒", "市の内部メモ：課長が慎重", "企業の内部メモ：原価割れ"];

export async function caseCast(lgCode?: string) {
  const dept = `事例課${uid()}`;
  const staff = await createUser({ role: "MUNICIPAL_STAFF", department: dept, lgCode });
  return {
    staff,
    colleague: await createUser({ role: "MUNICIPAL_STAFF", department: dept, lgCode }),
    otherDept: await createUser({ role: "MUNICIPAL_STAFF", department: `別の課${uid()}`, lgCode }),
    company: await createUser({ role: "COMPANY_MEMBER", orgName: `株式会社事例テスト ${uid()}` }),
    coordinator: await createUser({ role: "COORDINATOR" }),
  };
}
export type CaseCast = Awaited<ReturnType<typeof caseCast>>;

/** A colleague in the same company (for removal and deletion rows). */
export async function companyColleague(company: SessionUser): Promise<SessionUser> {
  const u = await createUser({ role: "COMPANY_MEMBER" });
  await db.membership.updateMany({ where: { userId: u.id }, data: { organizationId: company.organizationId! } });
  return { ...u, organizationId: company.organizationId, organizationName: company.organizationName };
}

export async function loopMatch(cast: CaseCast, opts: { stage?: MatchStage; pilot?: boolean } = {}) {
  const title = `窓口の電話を減らしたい ${uid()}`;
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title,
      situation: "住民からの電話問い合わせが多く、窓口の職員が本来の業務に時間を割けていない。",
      municipalityId: cast.staff.organizationId!,
      departmentId: cast.staff.departmentId,
      authorId: cast.staff.id,
      publishedAt: new Date(),
      themes: { connect: [{ slug: "dx" }] },
    },
  });
  const thread = await threadBetween(cast.staff, cast.company, title);
  const match = await db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: opts.stage ?? "BUDGETED",
      challengeId: challenge.id,
      threadId: thread.id,
      municipalityId: cast.staff.organizationId!,
      departmentId: cast.staff.departmentId,
      companyId: cast.company.organizationId!,
      coordinatorId: cast.coordinator.id,
      expectedBudget: BigInt(4_800_000),
      internalNote: SECRETS[0],
      changes: { create: { fromStage: null, toStage: opts.stage ?? "BUDGETED" } },
    },
  });
  const pilot =
    opts.pilot === false
      ? null
      : await db.pilot.create({
          data: {
            matchId: match.id,
            status: "ENDED",
            title: "AIチャットボットによる問い合わせ対応",
            purpose: "よくある質問をチャットボットで24時間受け付け、電話を減らす。",
            startsOn: new Date("2025-06-01T00:00:00Z"),
            endsOn: new Date("2025-11-30T00:00:00Z"),
            cityProvides: "FAQデータと市の公式サイトへの掲載",
            companyProvides: "チャットボットの提供と設定",
            endReviewOn: new Date("2025-12-10T00:00:00Z"),
            endReviewedAt: new Date("2025-12-10T00:00:00Z"),
            endReviewNote: "目標を上回る効果があり、本格導入を検討する。",
            cityNote: SECRETS[1],
            companyNote: SECRETS[2],
            criteria: {
              create: [
                {
                  sortOrder: 0,
                  label: "電話問い合わせ件数",
                  target: "−30 %",
                  baseline: "月1,200件",
                  met: true,
                  result: "−32 %",
                },
                { sortOrder: 1, label: "利用者満足度", target: "80 %", met: false, result: "76 %" },
                { sortOrder: 2, label: "職員の残業時間", target: "−10 %" },
              ],
            },
          },
        });
  return { match, pilot, challenge, thread };
}
