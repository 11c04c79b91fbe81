import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CompanySize, Industry } from "@/lib/generated/prisma/enums";
import { withCheckDigit } from "@/lib/companies/corporate-number";
import { prng } from "./cases";

// Companies for the directory: a profile for the demo account's 株式会社デモテック, and any number of
// GENERATED companies whose names start with 「デモ」 and end with a serial number, so nobody takes
// them for real firms. Their 法人番号 are built from a counter (base 9000001xxxxx) with a valid check
// digit; they are not real numbers.

const DEMOTECH = "株式会社デモテック";

/** The demo company user's organisation gets a filled profile, and its demo case partner rows as track record. */
export async function seedDemoCompanyProfile(db: PrismaClient) {
  const org = await db.organization.findFirst({ where: { name: DEMOTECH, kind: "COMPANY" }, select: { id: true } });
  if (!org) return;
  const hq = await db.organization.findUnique({ where: { lgCode: "131041" }, select: { id: true } }); // 新宿区
  await db.organization.update({
    where: { id: org.id },
    data: {
      corporateNumber: withCheckDigit("900000000001"),
      prefectureCode: "13",
      website: "https://example.co.jp",
      description: "自治体の窓口業務のデジタル化を支援するデモ用の架空の会社です。",
    },
  });
  const profile = {
    hqMunicipalityId: hq?.id ?? null,
    size: "SMALL" as const,
    industries: ["IT", "CONSULTING"] as Industry[],
    capabilities: "紙の申請の電子化、窓口予約のオンライン化、庁内のペーパーレス化を支援します。",
    services: "デモ電子申請、デモ窓口予約",
    regionsServed: [] as string[],
    contactName: "営業 三郎",
    contactEmail: "company@example.co.jp",
    contactPhone: "03-0000-0000",
  };
  await db.companyProfile.upsert({
    where: { organizationId: org.id },
    create: { organizationId: org.id, ...profile },
    update: {},
  });
  // Generated demo cases name 「デモテック株式会社」 as a partner: let those rows count as its track record.
  await db.casePartner.updateMany({
    where: { name: "デモテック株式会社", organizationId: null, case: { isDemo: true } },
    data: { organizationId: org.id },
  });
}

const PLACES = [
  "北都",
  "東雲",
  "南風",
  "西海",
  "中央",
  "青葉",
  "さくら",
  "みなと",
  "ひかり",
  "やまと",
  "あおば",
  "みらい",
  "つばさ",
  "こだま",
  "はやて",
];
const WORDS = [
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
  "建設",
  "工業",
  "エナジー",
  "ファーム",
  "ツーリズム",
];
const INDUSTRIES: Industry[] = [
  "IT",
  "CONSULTING",
  "CONSTRUCTION",
  "MANUFACTURING",
  "FINANCE",
  "RETAIL",
  "LOGISTICS",
  "ENERGY",
  "MEDIA",
  "EDUCATION",
  "HEALTHCARE",
  "TOURISM",
  "AGRICULTURE",
  "REAL_ESTATE",
  "OTHER",
];
const SIZES: CompanySize[] = ["MICRO", "MICRO", "SMALL", "SMALL", "SMALL", "MEDIUM", "LARGE"];
const CAPABILITIES: Partial<Record<Industry, string[]>> = {
  IT: ["電子申請の導入", "窓口予約のオンライン化", "AIチャットボット", "庁内のペーパーレス化", "オープンデータの公開"],
  CONSULTING: ["計画づくりの支援", "官民連携の事業設計", "住民アンケートの分析"],
  CONSTRUCTION: ["ドローンによる橋梁点検", "公共施設の改修", "空き家の改修"],
  MANUFACTURING: ["センサー機器の製造", "防災用品の開発"],
  ENERGY: ["公共施設の太陽光発電", "公用車のEV化", "地域新電力"],
  HEALTHCARE: ["高齢者の見守り", "健診の受診勧奨", "オンライン診療"],
  TOURISM: ["観光客の回遊分析", "多言語の観光案内", "体験型ツアーの造成"],
  AGRICULTURE: ["スマート農業", "鳥獣被害対策", "農産物の販路開拓"],
  LOGISTICS: ["ドローン配送", "買い物弱者への配送"],
  EDUCATION: ["学校のICT活用", "プログラミング教室"],
};
const WEIGHTED_PREFS = [
  "13",
  "13",
  "13",
  "13",
  "27",
  "27",
  "23",
  "14",
  "40",
  "01",
  "11",
  "12",
  "26",
  "28",
  "17",
  "22",
  "34",
];

export const demoCompanyId = (i: number) => `demo-company-${String(i + 1).padStart(5, "0")}`;

/** Row i of the generated set: a pure function of (i, municipalities by prefecture). */
export function demoCompany(i: number, citiesByPref: Map<string, string[]>) {
  const r = prng(0xc0ffee + i * 104729);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const id = demoCompanyId(i);
  const pref = r() < 0.6 ? pick(WEIGHTED_PREFS) : String(1 + Math.floor(r() * 47)).padStart(2, "0");
  const industries = [...new Set([pick(INDUSTRIES), ...(r() < 0.4 ? [pick(INDUSTRIES)] : [])])];
  const caps = industries.flatMap((ind) => CAPABILITIES[ind] ?? ["地域課題の解決に向けた提案"]);
  const regions =
    r() < 0.3
      ? []
      : [
          ...new Set([
            pref,
            ...Array.from({ length: Math.floor(r() * 4) }, () => String(1 + Math.floor(r() * 47)).padStart(2, "0")),
          ]),
        ].sort();
  const cities = citiesByPref.get(pref) ?? [];
  const name = `デモ${pick(PLACES)}${pick(WORDS)}株式会社 ${String(i + 1).padStart(5, "0")}`;
  return {
    org: {
      id,
      kind: "COMPANY" as const,
      name,
      prefectureCode: pref,
      corporateNumber: withCheckDigit(String(900000100000 + i)),
      description: "【デモデータ】画面と検索の確認用に自動で作った架空の会社です。",
    },
    profile: {
      organizationId: id,
      hqMunicipalityId: cities.length ? pick(cities) : null,
      size: pick(SIZES),
      industries,
      capabilities: [...new Set([pick(caps), pick(caps)])].join("、") + "に取り組んでいます（デモ）。",
      services: `${name.replace(/ \d+$/, "")}のサービス（デモ）`,
      regionsServed: regions,
      contactName: "デモ 担当",
      contactEmail: `contact-${i + 1}@demo-company.example`,
      contactPhone: `03-0000-${String(i % 10000).padStart(4, "0")}`,
    },
  };
}

export async function loadCitiesByPref(db: PrismaClient) {
  const rows = await db.organization.findMany({
    where: { kind: "MUNICIPALITY", municipalityType: { not: "PREFECTURE" } },
    select: { id: true, prefectureCode: true },
    orderBy: { lgCode: "asc" },
  });
  const map = new Map<string, string[]>();
  for (const m of rows) if (m.prefectureCode) map.set(m.prefectureCode, [...(map.get(m.prefectureCode) ?? []), m.id]);
  return map;
}

/** Batched createMany with fixed ids: re-running adds nothing. onBatch reports rows done. */
export async function seedDemoCompanies(
  db: PrismaClient,
  count: number,
  opts: { batchSize?: number; onBatch?: (done: number) => void } = {},
) {
  const batchSize = opts.batchSize ?? 2000;
  const cities = await loadCitiesByPref(db);
  for (let start = 0; start < count; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, k) => demoCompany(start + k, cities));
    await db.$transaction([
      db.organization.createMany({ data: batch.map((b) => b.org), skipDuplicates: true }),
      db.companyProfile.createMany({ data: batch.map((b) => b.profile), skipDuplicates: true }),
    ]);
    opts.onBatch?.(start + batch.length);
  }
}

// The partner companies of the real cases (prisma/seed/cases.ts), as directory profiles linked to their
// case partner rows. Only what the cases and their sources say: the products used in the case, and the head
// office prefecture where a source names it (トラストバンク 目黒区, xID 千代田区, 構造計画研究所 中野区). No
// 法人番号, website or contact: none was verified, so they stay empty for the company to fill in.
type RealCompany = {
  id: string;
  name: string;
  prefectureCode?: string;
  industries: Industry[];
  capabilities: string;
  services: string;
  /** [case id, partner name as the case lists it] */
  partnerOf: [string, string][];
};
export const REAL_PARTNER_COMPANIES: RealCompany[] = [
  {
    id: "company-trustbank",
    name: "株式会社トラストバンク",
    prefectureCode: "13",
    industries: ["IT"],
    capabilities: "行政申請用のWebフォームの作成・集計による電子申請",
    services: "LoGoフォーム",
    partnerOf: [["case-kaga-logo", "株式会社トラストバンク"]],
  },
  {
    id: "company-xid",
    name: "xID株式会社",
    prefectureCode: "13",
    industries: ["IT"],
    capabilities: "マイナンバーカードによる本人確認（デジタルID）",
    services: "xID",
    partnerOf: [["case-kaga-logo", "xID株式会社"]],
  },
  {
    id: "company-cybozu",
    name: "サイボウズ株式会社",
    industries: ["IT"],
    capabilities: "紙とFAXに頼る業務のデジタル化",
    services: "kintone",
    partnerOf: [["case-kobe-kintone", "サイボウズ株式会社"]],
  },
  {
    id: "company-nec",
    name: "日本電気株式会社",
    industries: ["IT"],
    capabilities: "AIチャットボットによる問い合わせ対応",
    services: "NEC自動応答",
    partnerOf: [["case-osaka-chatbot", "日本電気株式会社（NEC）"]],
  },
  {
    id: "company-kke",
    name: "株式会社構造計画研究所",
    prefectureCode: "13",
    industries: ["IT"],
    capabilities: "スマートロックによる公共施設の予約と鍵の受け渡しのオンライン化",
    services: "RemoteLOCK、まちかぎリモート",
    partnerOf: [["case-omitama-remotelock", "株式会社構造計画研究所"]],
  },
  {
    id: "company-rakuten",
    name: "楽天グループ株式会社",
    industries: ["RETAIL"],
    capabilities: "県産品のオンライン販売、シニア向けスマホ教室",
    services: "楽天市場",
    partnerOf: [["case-ehime-rakuten", "楽天グループ株式会社"]],
  },
];

/** Idempotent: fixed ids; an existing company (maybe edited since) is linked, never overwritten. */
export async function seedRealPartnerCompanies(db: PrismaClient) {
  for (const c of REAL_PARTNER_COMPANIES) {
    await db.organization.upsert({
      where: { id: c.id },
      create: {
        id: c.id,
        kind: "COMPANY",
        name: c.name,
        prefectureCode: c.prefectureCode ?? null,
        companyProfile: {
          create: { industries: c.industries, capabilities: c.capabilities, services: c.services, regionsServed: [] },
        },
      },
      update: {},
    });
    for (const [caseId, name] of c.partnerOf)
      await db.casePartner.updateMany({
        where: { caseId, name, organizationId: null },
        data: { organizationId: c.id },
      });
  }
}

export async function seedCompanies(db: PrismaClient, opts: { demoCount: number }) {
  await seedRealPartnerCompanies(db);
  await seedDemoCompanies(db, opts.demoCount);
  await seedDemoCompanyProfile(db);
}
