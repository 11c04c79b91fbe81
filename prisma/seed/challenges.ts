import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import type {
  BudgetStatus,
  ChallengeKind,
  ChallengeOffer,
  ChallengeStatus,
  ProgramKind,
} from "@/lib/generated/prisma/enums";

// Demo challenges (課題言語化シート): plausible municipal worries. The municipalities are real, the
// challenges are invented for the demo.
type SeedChallenge = {
  id: string;
  lgCode: string;
  department: string;
  kind: ChallengeKind;
  programKind?: ProgramKind;
  status: ChallengeStatus;
  daysAgo: number;
  title: string;
  situation: string;
  tried?: string;
  affected?: string;
  success?: string;
  companyGain?: string;
  offers: ChallengeOffer[];
  offerNote?: string;
  budgetStatus?: BudgetStatus;
  budgetAmount?: number;
  budgetFiscalYear?: number;
  periodNote?: string;
  themes: string[];
  /** 確認の質問 a company answers before 「興味がある」 is sent. */
  screening?: string[];
};

const KAGA = "172065";

const SEED_CHALLENGES: SeedChallenge[] = [
  {
    id: "seed-challenge-kaga-akiya",
    lgCode: KAGA,
    department: "イノベーション推進部",
    kind: "CONSULTATION",
    status: "PUBLISHED",
    daysAgo: 2,
    title: "空き家の持ち主と連絡がつかず、活用が進まない",
    situation:
      "市内の空き家は約1,200戸あります。所有者が市外・県外に住んでいて連絡先が分からない物件が多く、空き家バンクへの登録は年に十数件にとどまっています。",
    tried: "固定資産税の納税通知書に空き家バンクの案内チラシを同封しましたが、反応は1%未満でした。",
    affected: "草木の越境や倒壊を心配する近隣の住民の方と、移住希望者です。",
    success: "所有者の3割と連絡がつき、毎年30件以上が空き家バンクに登録される状態。",
    companyGain: "実証の成果を、同じ悩みを持つ全国の自治体への提案に活用いただけます。",
    offers: ["DATA", "FIELD_TRIAL", "NO_BUDGET_OK"],
    offerNote: "空き家の位置データ（個人情報を除く）を提供できます。",
    budgetStatus: "NONE",
    periodNote: "2026年度中に小さく試したい",
    themes: ["housing", "community"],
  },
  {
    id: "seed-challenge-kaga-hinanjo",
    lgCode: KAGA,
    department: "イノベーション推進部",
    kind: "THEME_PROPOSAL",
    status: "PUBLISHED",
    daysAgo: 5,
    title: "避難所の混雑状況を住民にリアルタイムで知らせたい",
    situation:
      "大雨のたびに一部の避難所に人が集中し、近くの空いている避難所が使われません。混雑は職員が電話で本部に伝えており、住民に知らせる手段がありません。",
    tried: "市のウェブサイトに開設状況を掲載していますが、更新に時間がかかっています。",
    affected: "避難する住民、特に高齢者と子ども連れの世帯。避難所運営の職員。",
    success: "住民がスマートフォンや防災無線で混雑を知り、空いている避難所を選べる。",
    offers: ["FIELD_TRIAL", "PR", "FACILITIES"],
    budgetStatus: "SECURED",
    budgetAmount: 5_000_000,
    budgetFiscalYear: 2026,
    periodNote: "出水期（6月）までに運用を始めたい",
    themes: ["disaster", "dx"],
    screening: ["この課題に近い実績はありますか？", "大雨の夜でも使える仕組みにするための工夫を教えてください。"],
  },
  {
    id: "seed-challenge-kaga-private",
    lgCode: KAGA,
    department: "イノベーション推進部",
    kind: "PRIVATE_CONSULTATION",
    status: "PUBLISHED",
    daysAgo: 7,
    title: "庁舎の跡地活用について非公開で相談したい",
    situation:
      "旧庁舎の解体後の跡地について、議会への説明前のため公表できない段階ですが、民間活用の可能性を専門家に相談したいと考えています。",
    affected: "中心市街地の商店街、周辺住民。",
    offers: ["FACILITIES", "DATA"],
    budgetStatus: "CONSIDERING",
    periodNote: "まずは意見交換から",
    themes: ["facilities", "community"],
  },
  {
    id: "seed-challenge-kaga-draft",
    lgCode: KAGA,
    department: "イノベーション推進部",
    kind: "CONSULTATION",
    status: "DRAFT",
    daysAgo: 1,
    title: "温泉街の観光客がどこを回っているか知りたい",
    situation: "温泉街の宿泊者数は分かりますが、街なかでどこを歩いているかが分かりません。（書きかけ）",
    offers: [],
    themes: ["tourism"],
  },
  {
    id: "seed-challenge-kaga-furusato",
    lgCode: KAGA,
    department: "イノベーション推進部",
    kind: "PROGRAM",
    programKind: "CORPORATE_FURUSATO",
    status: "PUBLISHED",
    daysAgo: 12,
    title: "企業版ふるさと納税で子どもの放課後の居場所を増やしたい",
    situation:
      "共働き世帯が増え、放課後児童クラブの待機児童が出ています。地域の空き施設を使った居場所づくりに、企業版ふるさと納税での応援を募りたいです。",
    success: "小学校区ごとに放課後の居場所があり、待機児童ゼロ。",
    companyGain: "寄附額の最大約9割の税の軽減に加え、事業報告での社名掲載など地域貢献をPRいただけます。",
    offers: ["FACILITIES", "PR"],
    budgetStatus: "CONSIDERING",
    budgetAmount: 10_000_000,
    budgetFiscalYear: 2026,
    periodNote: "2026年度〜2028年度（地域再生計画の期間）",
    themes: ["childcare", "community"],
  },
  {
    id: "seed-challenge-maebashi-yoyaku",
    lgCode: "102016",
    department: "未来政策課",
    kind: "CONSULTATION",
    status: "PUBLISHED",
    daysAgo: 3,
    title: "公共施設の予約が電話と窓口だけで、市民も職員も大変",
    situation:
      "体育館や公民館など約60施設の予約を、電話と窓口、紙の台帳で受けています。人気の枠は受付開始日に電話がつながらず、苦情につながっています。",
    tried: "一部施設でメール受付を試しましたが、二重予約が起きて中止しました。",
    affected: "施設を使う市民団体、受付を担当する職員（年間約2,000時間）。",
    success: "市民がいつでもオンラインで空きを確認・予約でき、職員の受付作業が半分になる。",
    offers: ["DATA", "FIELD_TRIAL"],
    budgetStatus: "CONSIDERING",
    budgetAmount: 2_000_000,
    budgetFiscalYear: 2026,
    periodNote: "2026年度に試行、2027年度から本格導入",
    themes: ["dx", "facilities"],
  },
  {
    id: "seed-challenge-maebashi-kosodate",
    lgCode: "102016",
    department: "こども未来部",
    kind: "THEME_PROPOSAL",
    status: "CLOSED",
    daysAgo: 60,
    title: "子育ての情報がサイトのあちこちにあって見つからない",
    situation:
      "児童手当、健診、保育園などの情報が部署ごとのページに分かれていて、保護者から「どこに書いてあるか分からない」と言われます。",
    success: "子どもの年齢を選ぶだけで、必要な手続きと支援が一覧で分かる。",
    offers: ["DATA", "PR"],
    budgetStatus: "NONE",
    themes: ["childcare", "dx"],
  },
  {
    id: "seed-challenge-hamamatsu-sounding",
    lgCode: "221309",
    department: "交通政策課",
    kind: "PROGRAM",
    programKind: "SOUNDING",
    status: "PUBLISHED",
    daysAgo: 9,
    title: "中山間地域の移動手段について民間事業者の意見を聞きたい",
    situation:
      "天竜区など中山間地域で路線バスの減便が続き、通院や買い物の足がなくなりつつあります。新しい移動サービスの導入に向けて、事業者の意見を広く聞くサウンディングを行います。",
    affected: "車を運転できない高齢者、通学する高校生。",
    success: "地域の実情に合った移動サービスの形が見え、公募の条件を決められる。",
    offers: ["DATA", "FIELD_TRIAL"],
    offerNote: "バスの乗降データ、地域の人口推計を提供します。",
    budgetStatus: "SECURED",
    budgetAmount: 12_000_000,
    budgetFiscalYear: 2026,
    periodNote: "対話は2026年7月〜8月",
    themes: ["mobility", "health"],
  },
  {
    id: "seed-challenge-hamamatsu-datsutanso",
    lgCode: "221309",
    department: "環境政策課",
    kind: "FREE_PROPOSAL",
    status: "PUBLISHED",
    daysAgo: 15,
    title: "地元の中小製造業と一緒に脱炭素を進めたい",
    situation:
      "市内の中小製造業から「脱炭素を求められているが、何から始めればよいか分からない」という声が増えています。",
    companyGain: "市内約3,000社の製造業とのつながりをつくれます。",
    offers: ["PR", "NO_BUDGET_OK"],
    budgetStatus: "NONE",
    themes: ["environment", "industry"],
  },
  {
    id: "seed-challenge-kimotsuki-mimamori",
    lgCode: "464929",
    department: "保健福祉課",
    kind: "THEME_PROPOSAL",
    status: "PUBLISHED",
    daysAgo: 20,
    title: "高齢者の見守りを、人手を増やさずに続けたい",
    situation:
      "高齢化率は40%を超え、一人暮らしの高齢者の見守りを民生委員と職員の訪問で続けていますが、担い手が足りません。",
    tried: "配食サービスの際の声かけをお願いしていますが、毎日ではありません。",
    affected: "一人暮らしの高齢者とその家族、民生委員。",
    offers: ["FIELD_TRIAL", "FACILITIES"],
    budgetStatus: "CONSIDERING",
    themes: ["health", "dx"],
  },
  {
    id: "seed-challenge-kimotsuki-kigyojin",
    lgCode: "464929",
    department: "企画調整課",
    kind: "PROGRAM",
    programKind: "LOCAL_REVITALIZATION_ENTREPRENEUR",
    status: "PUBLISHED",
    daysAgo: 25,
    title: "特産品のネット販売を立ち上げる人材に来てほしい",
    situation: "さつまいもや茶などの特産品がありますが、販売は道の駅と直売所が中心で、町外の人に届いていません。",
    success: "町の特産品のネットショップが立ち上がり、年間売上1,000万円を目指す。",
    companyGain: "社員の方に地域で新しい事業を立ち上げる経験を積んでいただけます。",
    offers: ["FACILITIES", "PR"],
    budgetStatus: "SECURED",
    budgetAmount: 5_600_000,
    budgetFiscalYear: 2026,
    periodNote: "1年以上3年以内の派遣",
    themes: ["local-products", "agriculture"],
  },
  {
    id: "seed-challenge-osaka-koen",
    lgCode: "270008",
    department: "公園課",
    kind: "CONSULTATION",
    status: "PUBLISHED",
    daysAgo: 30,
    title: "府立公園に平日もにぎわいをつくりたい",
    situation: "府立公園は週末には家族連れでにぎわいますが、平日の利用が少なく、売店の撤退も続いています。",
    offers: ["FACILITIES", "FIELD_TRIAL", "PR"],
    budgetStatus: "NONE",
    periodNote: "通年",
    themes: ["tourism", "facilities"],
  },
];

const DEMO_STAFF = "staff@kaga.example.lg.jp";
const DAY = 24 * 60 * 60 * 1000;

/**
 * The author of a municipality's demo challenges: the demo staff user for 加賀市; for the others a
 * seed user whose password nobody knows (hash of a random secret that is thrown away), so it can
 * never sign in.
 */
async function authorFor(db: PrismaClient, lgCode: string, organizationId: string): Promise<string> {
  if (lgCode === KAGA)
    return (await db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF }, select: { id: true } })).id;
  const email = `seed-staff-${lgCode}@kyoso.test`;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return existing.id;
  const user = await db.user.create({
    data: {
      email,
      name: "デモ 職員",
      role: "MUNICIPAL_STAFF",
      status: "ACTIVE",
      passwordHash: await hashPassword(randomBytes(32).toString("hex")),
      memberships: { create: { organizationId } },
    },
    select: { id: true },
  });
  return user.id;
}

/** Idempotent: fixed ids, and a challenge that already exists is left as it is. */
export async function seedChallenges(db: PrismaClient) {
  const now = Date.now();
  for (const c of SEED_CHALLENGES) {
    if (await db.challenge.findUnique({ where: { id: c.id }, select: { id: true } })) continue;
    const org = await db.organization.findUniqueOrThrow({ where: { lgCode: c.lgCode }, select: { id: true } });
    const authorId = await authorFor(db, c.lgCode, org.id);
    const department = await db.department.upsert({
      where: { organizationId_name: { organizationId: org.id, name: c.department } },
      create: { organizationId: org.id, name: c.department },
      update: {},
      select: { id: true },
    });
    const created = new Date(now - c.daysAgo * DAY);
    const { id, lgCode: _lg, department: _d, daysAgo: _a, themes, budgetAmount, screening, ...fields } = c;
    await db.challenge.create({
      data: {
        ...fields,
        id,
        isDemo: true,
        municipalityId: org.id,
        departmentId: department.id,
        authorId,
        budgetAmount: budgetAmount === undefined ? null : BigInt(budgetAmount),
        createdAt: created,
        publishedAt: c.status === "DRAFT" ? null : created,
        closedAt: c.status === "CLOSED" ? new Date(created.getTime() + 30 * DAY) : null,
        themes: { connect: themes.map((slug) => ({ slug })) },
        screeningQuestions: screening ? { create: screening.map((text, position) => ({ text, position })) } : undefined,
      },
    });
  }
}
