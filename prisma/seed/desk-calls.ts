import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChallengeOffer, ChallengeStatus, ThemeCallStatus } from "@/lib/generated/prisma/enums";
import { DAY, dateFrom, type DeptKey, type DeskContext } from "./desk-context";

// Two theme calls (庁内課題募集) of 加賀市's desk. 「子育て×DX」 is open: three departments asked, two answered the
// way a clerk writes when told "however rough", one answer already a challenge draft the department has to confirm,
// one department not answered yet. 「公共施設」 closed months ago: its answer became a published challenge that a
// company showed interest in and that is now a match, so every column of a call's progress has a number.

type SeedAnswer = {
  dept: DeptKey;
  daysAgo: number;
  trouble: string;
  tried?: string;
  expectation?: string;
  /** The desk's question back, still open. */
  question?: string;
  challenge?: {
    id: string;
    status: ChallengeStatus;
    daysAgo: number;
    title: string;
    /** The department's own words once it edited the draft; a fresh draft carries 企業に期待すること. */
    success?: string;
    offers: ChallengeOffer[];
    themes: string[];
  };
};
type SeedCall = {
  id: string;
  theme: string;
  title: string;
  note: string;
  status: ThemeCallStatus;
  daysAgo: number;
  /** Days from today; negative when it has passed. */
  deadlineInDays: number;
  asked: DeptKey[];
  answers: SeedAnswer[];
};

export const SEED_CALLS: SeedCall[] = [
  {
    id: "seed-call-kaga-kosodate",
    theme: "childcare",
    title: "子育て×DX",
    note: "子育て世帯向けの手続きや情報発信で「ここが大変」ということを教えてください。まとまっていなくて大丈夫です。他の自治体の事例も下に載せていますので、参考にしてください。",
    status: "OPEN",
    daysAgo: 6,
    deadlineInDays: 21,
    asked: ["kosodate", "kotsu", "shisetsu"],
    answers: [
      {
        dept: "kosodate",
        daysAgo: 4,
        trouble:
          "保育園の入園申込が紙だけで、毎年11月は窓口が混みます。書類の不備の確認と点数（指数）の計算を、係の3人で1か月かけて手作業でやっています。",
        tried:
          "記入例をHPに載せました。電子申請も考えましたが、添付書類（就労証明など）が多くて今の仕組みでは難しく、見送りました。",
        expectation:
          "申し込む時点で不備が分かるようにしたい。点数の計算も自動にできれば。まずは小さく試せると助かります。",
        challenge: {
          id: "seed-challenge-kaga-hoikuen",
          status: "DRAFT",
          daysAgo: 2,
          title: "保育園の入園申込の確認と点数計算に、毎年1か月かかっている",
          offers: ["FIELD_TRIAL", "DATA"],
          themes: ["childcare", "dx"],
        },
      },
      {
        dept: "kotsu",
        daysAgo: 3,
        trouble:
          "子どもの通院や習い事の送り迎えに、のりあいタクシーやコミュニティバスが使いにくいと保護者から言われます。時刻表が紙とPDFだけで、乗り継ぎが分かりにくいです。",
        tried: "時刻表をLINEで配信してみましたが、登録が増えませんでした。",
        expectation: "スマホで乗り継ぎまで調べられる仕組みがあれば。お金をかけずにできる方法があれば知りたいです。",
        question: "便ごとの利用者数のデータはありますか？あれば企業に見せられる範囲を教えてください。",
      },
    ],
  },
  {
    id: "seed-call-kaga-shisetsu",
    theme: "facilities",
    title: "公共施設",
    note: "公共施設の管理や予約で困っていることを募集します。粗い内容で構いません。",
    status: "CLOSED",
    daysAgo: 110,
    deadlineInDays: -85,
    asked: ["shisetsu", "kotsu"],
    answers: [
      {
        dept: "shisetsu",
        daysAgo: 95,
        trouble:
          "体育館や公民館など約40施設の鍵の受け渡しを、管理人さんが対面でやっています。夜や休日の利用に対応できず、管理人のなり手も減っています。",
        tried: "一部の施設でキーボックスを試しましたが、暗証番号が広まってしまいやめました。",
        expectation: "予約から鍵の受け渡しまでオンラインで済むようにしたい。まず2〜3施設で試したいです。",
        challenge: {
          id: "seed-challenge-kaga-shisetsu",
          status: "PUBLISHED",
          daysAgo: 70,
          title: "公共施設の鍵の受け渡しを、管理人がいなくてもできるようにしたい",
          success: "夜間・休日も予約した人が自分で鍵を開けられ、管理人の負担が減る。まず2〜3施設で試す。",
          offers: ["FACILITIES", "FIELD_TRIAL"],
          themes: ["facilities", "dx"],
        },
      },
      {
        dept: "kotsu",
        daysAgo: 90,
        trouble:
          "バス停の屋根やベンチの傷みを、年1回の巡回で見ています。住民からの連絡も電話だけで、どこが傷んでいるか分かるのが遅れます。",
        expectation: "写真付きで住民が知らせてくれる仕組みがあれば。",
      },
    ],
  },
];

export async function seedThemeCalls(db: PrismaClient, ctx: DeskContext) {
  for (const c of SEED_CALLS) {
    if (await db.themeCall.findUnique({ where: { id: c.id }, select: { id: true } })) continue;
    const theme = await db.theme.findUnique({ where: { slug: c.theme }, select: { id: true } });
    const at = (daysAgo: number) => new Date(ctx.now - daysAgo * DAY);
    await db.$transaction(async (tx) => {
      await tx.themeCall.create({
        data: {
          id: c.id,
          municipalityId: ctx.kagaId,
          themeId: theme?.id ?? null,
          title: c.title,
          note: c.note,
          deadline: dateFrom(ctx.now, c.deadlineInDays),
          status: c.status,
          createdById: ctx.deskId,
          closedAt: c.status === "CLOSED" ? at(-c.deadlineInDays) : null,
          createdAt: at(c.daysAgo),
          asks: {
            create: c.asked.map((d) => ({
              id: `${c.id}-ask-${d}`,
              departmentId: ctx.dept[d].id,
              createdAt: at(c.daysAgo),
            })),
          },
        },
      });
      for (const a of c.answers) {
        const d = ctx.dept[a.dept];
        const ch = a.challenge;
        if (ch)
          await tx.challenge.create({
            data: {
              id: ch.id,
              // As lib/calls/desk-answers.ts drafts it: the answer's text, the kind left for the department to pick.
              kind: "CONSULTATION",
              kindChosen: ch.status !== "DRAFT",
              status: ch.status,
              title: ch.title,
              situation: a.trouble,
              tried: a.tried ?? null,
              success: ch.success ?? a.expectation ?? null,
              offers: ch.offers,
              isDemo: true,
              municipalityId: ctx.kagaId,
              departmentId: d.id,
              authorId: ctx.deskId,
              createdAt: at(ch.daysAgo),
              publishedAt: ch.status === "PUBLISHED" ? at(ch.daysAgo) : null,
              themes: { connect: ch.themes.map((slug) => ({ slug })) },
            },
          });
        await tx.themeCallAnswer.create({
          data: {
            id: `${c.id}-answer-${a.dept}`,
            callId: c.id,
            departmentId: d.id,
            authorId: d.clerkId,
            trouble: a.trouble,
            tried: a.tried ?? null,
            expectation: a.expectation ?? null,
            status: ch ? "CHALLENGE" : "SUBMITTED",
            challengeId: ch?.id ?? null,
            question: a.question ?? null,
            questionAt: a.question ? at(a.daysAgo - 1) : null,
            version: ch || a.question ? 1 : 0,
            createdAt: at(a.daysAgo),
          },
        });
      }
    });
  }
  await seedShisetsuMatch(db, ctx);
}

/** The published 公共施設 challenge: a demo company's interest, accepted, with its thread and match (商談). */
async function seedShisetsuMatch(db: PrismaClient, ctx: DeskContext) {
  const id = "seed-match-kaga-shisetsu";
  const challengeId = "seed-challenge-kaga-shisetsu";
  const companyId = "demo-company-00019";
  if (await db.match.findUnique({ where: { id }, select: { id: true } })) return;
  const [challenge, company] = await Promise.all([
    db.challenge.findUnique({ where: { id: challengeId }, select: { title: true } }),
    db.organization.findUnique({ where: { id: companyId }, select: { id: true } }),
  ]);
  if (!challenge || !company) return;
  const at = (daysAgo: number) => new Date(ctx.now - daysAgo * DAY);
  const d = ctx.dept.shisetsu;
  await db.$transaction(async (tx) => {
    await tx.interest.create({
      data: {
        id: "seed-interest-kaga-shisetsu",
        challengeId,
        companyId,
        status: "ACCEPTED",
        message: "体育館と公民館でスマートロックによる無人の貸し出しを運用しています（デモ）。",
        decidedAt: at(55),
        decidedById: d.clerkId,
        createdAt: at(60),
      },
    });
    await tx.thread.create({
      data: {
        id: "seed-thread-kaga-shisetsu",
        kind: "INTEREST",
        subject: challenge.title,
        challengeId,
        interestId: "seed-interest-kaga-shisetsu",
        municipalityId: ctx.kagaId,
        departmentId: d.id,
        companyId,
        createdById: d.clerkId,
        lastMessageAt: at(55),
        createdAt: at(55),
      },
    });
    await tx.match.create({
      data: {
        id,
        origin: "INTEREST",
        stage: "MEETING",
        maxStageRank: 2,
        challengeId,
        interestId: "seed-interest-kaga-shisetsu",
        threadId: "seed-thread-kaga-shisetsu",
        municipalityId: ctx.kagaId,
        departmentId: d.id,
        companyId,
        coordinatorId: ctx.coordinatorId,
        metDepartment: true,
        nextAction: "試行する施設を2か所に絞る",
        createdAt: at(55),
        stageChangedAt: at(30),
        lastActivityAt: at(30),
        changes: {
          create: [
            // As an accepted interest makes it (lib/matches/create.ts): 興味表明 when the company clicked.
            { id: `${id}-c1`, toStage: "INTEREST", createdAt: at(60) },
            { id: `${id}-c2`, fromStage: "INTEREST", toStage: "MATCHING", createdAt: at(55), actorId: d.clerkId },
            {
              id: `${id}-c3`,
              fromStage: "MATCHING",
              toStage: "MEETING",
              createdAt: at(30),
              actorId: ctx.coordinatorId,
            },
          ],
        },
      },
    });
  });
}
