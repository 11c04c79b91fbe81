// Test-only: a match with a challenge on a theme, an ended pilot with two criteria and internal notes everywhere,
// written straight to the database (the pilot's own actions are the pilots helper's and are tested there).
import { db } from "@/lib/db";
import type { MatchStage } from "@/lib/generated/prisma/enums";
import { uid } from "@/tests/fixtures/factories";

export const NOTES = {
  city: "市の内部メモ：課長は慎重",
  company: "企業の内部メモ：値引きの余地あり",
  match: "コーディネーター内部メモ：議員の関心",
};

export async function loopMatch(opts: {
  municipalityId: string;
  companyId: string;
  /** A staff member of the municipality: the challenge's author. */
  authorId: string;
  departmentId?: string | null;
  stage?: MatchStage;
  title?: string;
}) {
  const id = uid();
  const theme = await db.theme.findFirstOrThrow({ where: { slug: "dx" } });
  const challenge = await db.challenge.create({
    data: {
      kind: "CONSULTATION",
      status: "PUBLISHED",
      title: opts.title ?? `窓口の電話対応を減らしたい ${id}`,
      situation: `電話での問い合わせが多く、職員が本来の業務に集中できない ${id}`,
      municipalityId: opts.municipalityId,
      departmentId: opts.departmentId ?? null,
      authorId: opts.authorId,
      publishedAt: new Date(),
      themes: { connect: { id: theme.id } },
    },
  });
  return db.match.create({
    data: {
      origin: "DIRECT_INQUIRY",
      stage: opts.stage ?? "MEETING",
      maxStageRank: 2,
      municipalityId: opts.municipalityId,
      companyId: opts.companyId,
      departmentId: opts.departmentId ?? null,
      challengeId: challenge.id,
      internalNote: NOTES.match,
      fundingSource: "GENERAL_FUND",
      procurementRoute: "DISCRETIONARY",
      expectedBudget: 4_800_000n,
      targetFiscalYear: 2099,
      changes: { create: { fromStage: null, toStage: opts.stage ?? "MEETING" } },
    },
  });
}

export async function endedPilot(matchId: string, title = `AI電話応対の実証 ${uid()}`) {
  return db.pilot.create({
    data: {
      matchId,
      status: "ENDED",
      title,
      purpose: "電話問い合わせの自動応答で職員の負担を減らす",
      startsOn: new Date("2026-06-01"),
      endsOn: new Date("2026-08-31"),
      cityProvides: "代表電話の転送設定、問い合わせ記録の提供",
      companyProvides: "AI電話応対システム一式と設定作業",
      costFree: true,
      midReviewOn: new Date("2026-07-15"),
      endReviewOn: new Date("2026-09-10"),
      endReviewedAt: new Date("2026-09-10"),
      endReviewNote: "目標を上回る削減。本格導入を検討する",
      cityNote: NOTES.city,
      companyNote: NOTES.company,
      criteria: {
        create: [
          {
            sortOrder: 0,
            label: "電話問い合わせ件数",
            target: "−30 %",
            baseline: "月1,200件",
            met: true,
            result: "−42 %",
          },
          {
            sortOrder: 1,
            label: "職員の対応時間",
            target: "月20時間削減",
            baseline: null,
            met: false,
            result: "月12時間削減",
          },
        ],
      },
    },
  });
}
