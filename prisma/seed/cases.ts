import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseOutcome, CaseScheme } from "@/lib/generated/prisma/enums";
import { THEMES } from "./reference";

// The case database seed: five REAL cases (only facts from public reports; nothing invented, and
// what is not known is left out) and any number of GENERATED demo cases, marked isDemo so the UI
// shows 「デモデータ」. Idempotent: fixed ids, so a second run adds nothing.

type RealCase = {
  id: string;
  lgCode: string;
  title: string;
  summary: string;
  body: string;
  scheme: CaseScheme;
  outcome: CaseOutcome;
  fiscalYear: number;
  partners: { name: string; role?: string }[];
  figures?: { label: string; value: string }[];
  themes: string[];
  /** 出典: only what the cited page itself shows; a publisher or date it does not show stays out. */
  source?: { url: string; publisher?: string; publishedOn?: string };
  /** Only dates a source states. */
  startedOn?: string;
};

// scheme OTHER where the source does not say how the partnership was set up. outcome is a required
// column; ADOPTED where the service was put into use, COMPLETED for the 実証実験.
export const REAL_CASES: RealCase[] = [
  {
    id: "case-kaga-logo",
    lgCode: "172065",
    scheme: "COMPREHENSIVE_ALLIANCE",
    outcome: "ADOPTED",
    fiscalYear: 2020,
    themes: ["dx"],
    title: "加賀市 × トラストバンク・xID：マイナンバーカードで本人確認する電子申請",
    summary:
      "LoGoフォームによる電子申請と、xIDアプリのマイナンバーカードによる本人確認を組み合わせ、窓口に来なくても本人確認付きの申請ができるようにしました。",
    body: "加賀市は、株式会社トラストバンクの LoGoフォーム による電子申請を、xID株式会社の xID アプリによるマイナンバーカードでの本人確認と組み合わせました。\n\nこれにより、住民は市役所の窓口に来なくても、本人確認付きの申請ができるようになりました。",
    // 日経BP's article: 加賀市 started 「LoGoフォーム電子申請」 on 2020-08-12 (so does paymentnavi.com's of 2020-08-17).
    source: { url: "https://project.nikkeibp.co.jp/atclppp/PPP/news/081701668/", publisher: "日経BP" },
    startedOn: "2020-08-12",
    partners: [
      { name: "株式会社トラストバンク", role: "電子申請（LoGoフォーム）" },
      { name: "xID株式会社", role: "xIDアプリによるマイナンバーカードでの本人確認" },
    ],
  },
  {
    id: "case-kobe-kintone",
    lgCode: "281000",
    scheme: "OTHER",
    outcome: "ADOPTED",
    fiscalYear: 2020,
    themes: ["dx", "health"],
    title: "神戸市 × サイボウズ：kintoneで紙とFAXに頼らない業務へ",
    summary: "kintone で業務をデジタル化し、紙とFAXに頼らない運用（ペーパーレス、FAX不要）に切り替えました。",
    body: "神戸市は、サイボウズ株式会社の kintone を使って業務をデジタル化しました。\n\nそれまで紙とFAXに頼っていたやり取りを、ペーパーレスでFAXの要らない運用に切り替えています。",
    // ASCII.jp, 2023-07-20: 神戸市's kintone use from the first COVID-19 case (2020-03-03) on, replacing FAX and Excel.
    source: { url: "https://ascii.jp/elem/000/004/144/4144697", publisher: "ASCII.jp", publishedOn: "2023-07-20" },
    partners: [{ name: "サイボウズ株式会社", role: "kintone の提供" }],
  },
  {
    id: "case-osaka-chatbot",
    lgCode: "270008",
    scheme: "OTHER",
    outcome: "ADOPTED",
    fiscalYear: 2020,
    themes: ["dx", "health"],
    title: "大阪府 × NEC：大阪コロナ追跡システムの問い合わせにAIチャットボット",
    summary:
      "大阪コロナ追跡システムの問い合わせ対応に AI チャットボットを導入し、電話での問い合わせが99.5%減りました。",
    body: "大阪府は、日本電気株式会社（NEC）と、大阪コロナ追跡システムに関する問い合わせ対応に AI チャットボットを導入しました。\n\n問い合わせの多くをチャットボットが受け付けるようになり、電話での問い合わせは99.5%減りました。",
    // マイナビニュース: AI chatbot 「NEC自動応答」 plus the FAQ cut phone enquiries by 99.5%. The page shows no date.
    source: { url: "https://news.mynavi.jp/article/20200722-1167934/", publisher: "マイナビニュース" },
    partners: [{ name: "日本電気株式会社（NEC）", role: "AIチャットボット" }],
    figures: [{ label: "電話での問い合わせ", value: "−99.5%" }],
  },
  {
    id: "case-omitama-remotelock",
    lgCode: "082368",
    scheme: "DEMONSTRATION",
    outcome: "COMPLETED",
    fiscalYear: 2021,
    themes: ["dx", "facilities"],
    title: "小美玉市 × 構造計画研究所：「まちかぎリモート」で公共施設の予約と鍵をオンラインに",
    summary:
      "スマートロック RemoteLOCK を使った「まちかぎリモート」で、公共施設の予約と鍵の受け渡しをオンライン化する実証実験を行いました。",
    body: "小美玉市は、株式会社構造計画研究所のスマートロック RemoteLOCK を使った「まちかぎリモート」の実証実験を行いました。\n\n公共施設の予約と鍵の受け渡しをオンラインで行えるようにする取り組みです。",
    // 教育家庭新聞 2020-11-02: memorandum of 2020-09-25, 「まちかぎリモート」 for school gyms (旧小川小学校 and others).
    source: {
      url: "https://kknews.co.jp/post_committee/20201102_omitama",
      publisher: "教育家庭新聞",
      publishedOn: "2020-11-02",
    },
    partners: [{ name: "株式会社構造計画研究所", role: "スマートロック RemoteLOCK（まちかぎリモート）" }],
  },
  {
    id: "case-ehime-rakuten",
    lgCode: "380008",
    scheme: "COMPREHENSIVE_ALLIANCE",
    outcome: "ADOPTED",
    fiscalYear: 2020,
    themes: ["local-products", "dx", "community"],
    title: "愛媛県 × 楽天グループ：楽天市場「愛媛百貨店」で県産品の売上1億円超",
    summary:
      "楽天市場の「愛媛百貨店」で県産品を販売し、売上は1億円を超え前年比3.6倍に。楽天シニアと連携したスマホ教室も行いました。",
    body: "愛媛県は、楽天グループ株式会社と連携し、楽天市場の「愛媛百貨店」で県産品を販売しました。売上は1億円を超え、前年比3.6倍となりました。\n\nあわせて、楽天シニアと連携したスマホ教室を行いました。",
    // 出典 left empty: no page confirming these figures could be checked.
    partners: [{ name: "楽天グループ株式会社", role: "楽天市場「愛媛百貨店」・楽天シニアのスマホ教室" }],
    figures: [
      { label: "売上", value: "1億円超" },
      { label: "前年比", value: "3.6倍" },
    ],
  },
];

async function seedRealCases(db: PrismaClient) {
  for (const c of REAL_CASES) {
    if (await db.case.findUnique({ where: { id: c.id }, select: { id: true } })) {
      // Databases seeded before the 出典 columns existed get them; a source someone has edited is kept.
      if (c.source)
        await db.case.updateMany({
          where: { id: c.id, sourceUrl: null },
          data: {
            sourceUrl: c.source.url,
            sourcePublisher: c.source.publisher ?? null,
            sourcePublishedOn: c.source.publishedOn ? new Date(`${c.source.publishedOn}T00:00:00Z`) : null,
          },
        });
      continue;
    }
    const municipality = await db.organization.findUniqueOrThrow({ where: { lgCode: c.lgCode }, select: { id: true } });
    await db.case.create({
      data: {
        id: c.id,
        title: c.title,
        summary: c.summary,
        body: c.body,
        scheme: c.scheme,
        outcome: c.outcome,
        fiscalYear: c.fiscalYear,
        municipalityId: municipality.id,
        figures: c.figures ?? [],
        links: [],
        sourceUrl: c.source?.url ?? null,
        sourcePublisher: c.source?.publisher ?? null,
        sourcePublishedOn: c.source?.publishedOn ? new Date(`${c.source.publishedOn}T00:00:00Z`) : null,
        startedOn: c.startedOn ? new Date(`${c.startedOn}T00:00:00Z`) : null,
        isDemo: false,
        published: true,
        partners: { create: c.partners.map((p, i) => ({ name: p.name, role: p.role, sortOrder: i })) },
        themes: { connect: c.themes.map((slug) => ({ slug })) },
      },
    });
  }
}

// ---------------------------------------------------------------------------
// Generated demo cases: deterministic (seeded PRNG), so every run and every machine gets the same rows.

/** mulberry32: tiny, fast, good enough to spread demo data; never Math.random. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Record<string, string[]> = {
  dx: ["窓口予約のオンライン化", "電子申請の拡充", "庁内文書のペーパーレス化"],
  disaster: ["避難所の混雑の見える化", "防災情報の一斉配信"],
  childcare: ["保育園の入園申込のオンライン化", "放課後の居場所づくり"],
  health: ["高齢者の見守り", "健診の受診勧奨"],
  tourism: ["観光客の回遊データの活用", "多言語の観光案内"],
  agriculture: ["スマート農業", "鳥獣被害の見える化"],
  environment: ["公用車のEV化", "ごみ収集ルートの最適化"],
  mobility: ["オンデマンド交通", "自動運転バス"],
  housing: ["空き家バンクの活性化", "空き家の所有者調査"],
  industry: ["サテライトオフィスの誘致", "地元企業のDX支援"],
  community: ["移住相談のオンライン化", "地域通貨"],
  facilities: ["公共施設のスマートロック", "橋梁点検のドローン活用"],
  "local-products": ["ふるさと納税返礼品のEC販売", "地場産品のオンライン販売"],
};
const COMPANY_WORDS = [
  "テック",
  "ソリューションズ",
  "ラボ",
  "ネットワークス",
  "システムズ",
  "データ",
  "モビリティ",
  "グリーン",
  "ワークス",
  "リンク",
];
const SCHEMES: CaseScheme[] = [
  "DEMONSTRATION",
  "COMPREHENSIVE_ALLIANCE",
  "DISCRETIONARY_CONTRACT",
  "PROPOSAL",
  "TENDER",
  "CORPORATE_FURUSATO",
  "OTHER",
];
const OUTCOMES: CaseOutcome[] = ["ONGOING", "ADOPTED", "COMPLETED", "DISCONTINUED"];
const FIGURE_LABELS = ["作業時間", "紙の使用量", "問い合わせ件数", "窓口の待ち時間"];

export const demoCaseId = (i: number) => `demo-case-${String(i + 1).padStart(5, "0")}`;

type Municipality = { id: string; name: string };

/** Row i of the demo set: a pure function of (i, municipalities), so batches can be made independently. */
export function demoCase(i: number, municipalities: Municipality[], themeIds: Map<string, string>) {
  const r = prng(0x5eed + i * 7919);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const m = pick(municipalities);
  const theme = pick(THEMES).slug;
  const second = r() < 0.4 ? pick(THEMES).slug : theme;
  const topic = pick(TOPICS[theme]);
  const partners = [`デモ${pick(COMPANY_WORDS)}株式会社`];
  if (r() < 0.35) partners.push(`デモ${pick(COMPANY_WORDS)}株式会社`);
  const fiscalYear = 2016 + Math.floor(r() * 10);
  const scheme = pick(SCHEMES);
  const outcome = fiscalYear >= 2024 && r() < 0.6 ? "ONGOING" : pick(OUTCOMES);
  const figures = r() < 0.5 ? [{ label: pick(FIGURE_LABELS), value: `${10 + Math.floor(r() * 80)}%減（デモ）` }] : [];
  const id = demoCaseId(i);
  return {
    row: {
      id,
      title: `${m.name} × ${partners[0]}：${topic}の実証（デモ）`,
      summary: `【デモデータ】${m.name}と${partners.join("・")}による「${topic}」の架空の事例です。画面の確認用で、実在の取り組みではありません。`,
      body: `これは画面と検索の確認のために自動で作った架空の事例です。\n\n${m.name}が${partners.join("・")}と「${topic}」に取り組んだ、という想定で作られています。`,
      municipalityId: m.id,
      scheme,
      outcome,
      fiscalYear,
      figures,
      links: [],
      isDemo: true,
      published: true,
      createdAt: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000),
    },
    partners: partners.map((name, k) => ({
      id: `${id}-p${k + 1}`,
      caseId: id,
      name,
      role: k === 0 ? "主たる協力企業" : "協力企業",
      sortOrder: k,
    })),
    themes: [...new Set([theme, second])].map((slug) => themeIds.get(slug)!).filter(Boolean),
  };
}

/** createMany in batches: 10,000 demo cases take a few seconds, not one round trip per row. */
export async function seedDemoCases(db: PrismaClient, count: number, batchSize = 1000) {
  if (count <= 0) return;
  const municipalities = await db.organization.findMany({
    where: { kind: "MUNICIPALITY", lgCode: { not: null } },
    select: { id: true, name: true },
    orderBy: { lgCode: "asc" },
  });
  const themeIds = new Map((await db.theme.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  for (let start = 0; start < count; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, k) =>
      demoCase(start + k, municipalities, themeIds),
    );
    const links = batch.flatMap((b) => b.themes.map((themeId) => [b.row.id, themeId] as const));
    await db.$transaction([
      db.case.createMany({ data: batch.map((b) => b.row), skipDuplicates: true }),
      db.casePartner.createMany({ data: batch.flatMap((b) => b.partners), skipDuplicates: true }),
      // The implicit many-to-many table has no createMany; A = Case.id, B = Theme.id.
      db.$executeRaw`INSERT INTO "_CaseToTheme" ("A", "B") SELECT * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[]) ON CONFLICT DO NOTHING`,
    ]);
  }
}

export async function seedCases(db: PrismaClient, opts: { demoCount: number }) {
  await seedRealCases(db);
  await seedDemoCases(db, opts.demoCount);
}
