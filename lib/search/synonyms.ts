import { normalize } from "./normalize";

// Words that mean the same to the people who search here: the legal and the everyday form (空家 / 空き家),
// product names in Latin letters and in katakana (kintone / キントーン), abbreviations (DX / デジタル化) and the
// words municipal staff and companies use for the same thing. Each group is symmetric: a document that holds
// one of its words is found by every other (lib/search/index-text.ts adds them to the indexed text, so both
// backends find them and a search costs nothing more). Editing this list needs `npm run search:reindex`.
// synonyms.test.ts holds it well formed: groups of 2+ words, no word in two groups, distinct normalised forms.
//
// Add a group only when a query for either word should find the other's documents. Words of one or two
// Latin letters match as whole words only (「EC」 is not in 「NEC」); keep short kana words out (「バス」 is in
// 「バスケット」, and 「マース」 folds to 「ます」, which is in every sentence: synonyms.test.ts checks this).
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // housing and land
  ["空き家", "空家", "空きや", "空き屋"],
  ["空き地", "空地"],
  ["移住", "UIターン", "移住定住"],
  // digital government
  ["DX", "デジタル化", "デジタルトランスフォーメーション"],
  ["電子申請", "オンライン申請", "オンライン手続き", "電子手続き"],
  ["ペーパーレス", "脱紙", "紙削減"],
  ["マイナンバーカード", "マイナカード", "個人番号カード"],
  ["AI", "人工知能"],
  ["チャットボット", "自動応答", "AIチャット"],
  ["RPA", "業務自動化"],
  ["FAX", "ファックス", "ファクス"],
  ["kintone", "キントーン"],
  ["LINE公式アカウント", "LINE公式", "ライン公式"],
  ["LoGoフォーム", "ロゴフォーム"],
  ["RemoteLOCK", "リモートロック"],
  ["ICT", "情報通信技術"],
  ["IoT", "モノのインターネット"],
  ["GIS", "地理情報システム"],
  ["オープンデータ", "公開データ"],
  ["キャッシュレス", "キャッシュレス決済", "電子決済"],
  ["窓口", "手続き"],
  ["コールセンター", "電話窓口"],
  // welfare, health, children
  ["高齢者", "シニア", "お年寄り", "高齢の方"],
  ["見守り", "安否確認"],
  ["子育て", "育児"],
  ["保育園", "保育所"],
  ["学童", "学童保育", "放課後児童クラブ"],
  ["健診", "検診", "健康診断"],
  ["障害者", "障がい者", "障碍者"],
  ["生活困窮者", "困窮世帯"],
  // safety, environment, infrastructure
  ["防災", "災害対策"],
  ["避難所", "避難場所"],
  ["脱炭素", "カーボンニュートラル", "ゼロカーボン"],
  ["EV", "電気自動車"],
  ["再エネ", "再生可能エネルギー"],
  ["ごみ収集", "廃棄物収集", "収集運搬"],
  ["鳥獣被害", "獣害", "鳥獣害"],
  ["橋梁点検", "橋の点検", "橋梁の点検"],
  ["インフラ", "社会基盤"],
  // mobility, economy, tourism
  ["デマンド交通", "乗り合いタクシー", "乗合タクシー", "オンデマンド交通"],
  ["自動運転", "自律走行"],
  ["MaaS", "統合型移動サービス"],
  ["EC", "ネット販売", "通販", "オンライン販売", "ネットショップ", "電子商取引"],
  ["インバウンド", "訪日外国人", "外国人観光客"],
  ["ふるさと納税", "ふるさと寄附"],
  ["地域通貨", "デジタル地域通貨", "電子地域通貨"],
  ["テレワーク", "リモートワーク", "在宅勤務"],
  ["スマート農業", "農業DX"],
  // how the public and private sides work together
  ["官民連携", "公民連携", "PPP"],
  ["包括連携協定", "連携協定"],
  ["実証実験", "実証", "PoC"],
  ["プロポーザル", "企画提案"],
  ["サウンディング", "サウンディング型市場調査", "対話型市場調査"],
  ["地域おこし企業人", "企業人材派遣"],
];

type Compiled = { norm: string; test: (text: string) => boolean };

const ASCII_WORD = /^[a-z0-9]+$/;

/** A normalised word of Latin letters or digits matches only between non-letters: 「ec」 is not in 「nec」. */
function matcher(norm: string): Compiled["test"] {
  if (!ASCII_WORD.test(norm)) return (text) => text.includes(norm);
  const re = new RegExp(`(?<![a-z0-9])${norm}(?![a-z0-9])`);
  return (text) => re.test(text);
}

/** The groups in normalised form (what documents and queries are compared in). */
export const NORMALIZED_GROUPS: readonly (readonly string[])[] = SYNONYM_GROUPS.map((group) => group.map(normalize));

const compiled: Compiled[][] = NORMALIZED_GROUPS.map((group) => group.map((norm) => ({ norm, test: matcher(norm) })));

/** The normalised words of every group that `textNorm` holds a word of, minus the words it already holds. */
export function synonymsIn(textNorm: string): string[] {
  const out: string[] = [];
  for (const group of compiled) {
    if (!group.some((w) => w.test(textNorm))) continue;
    for (const w of group) if (!w.test(textNorm)) out.push(w.norm);
  }
  return out;
}

const groupOf = new Map<string, readonly string[]>();
for (const group of NORMALIZED_GROUPS) for (const norm of group) groupOf.set(norm, group);

/** A normalised query term and its synonyms (for highlighting: a search for 空家 marks 空き家). */
export function withSynonyms(term: string): string[] {
  const group = groupOf.get(term);
  return group ? [term, ...group.filter((w) => w !== term)] : [term];
}
