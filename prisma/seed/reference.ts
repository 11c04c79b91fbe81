import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadMunicipalities } from "@/lib/municipalities/load";

export const THEMES = [
  { slug: "dx", nameJa: "DX・行政デジタル化", nameEn: "Digital government" },
  { slug: "disaster", nameJa: "防災・減災", nameEn: "Disaster prevention" },
  { slug: "childcare", nameJa: "子育て・教育", nameEn: "Childcare and education" },
  { slug: "health", nameJa: "医療・福祉・介護", nameEn: "Health and welfare" },
  { slug: "tourism", nameJa: "観光・地域振興", nameEn: "Tourism and regional promotion" },
  { slug: "agriculture", nameJa: "農林水産業", nameEn: "Agriculture, forestry and fisheries" },
  { slug: "environment", nameJa: "環境・脱炭素", nameEn: "Environment and decarbonisation" },
  { slug: "mobility", nameJa: "交通・モビリティ", nameEn: "Transport and mobility" },
  { slug: "housing", nameJa: "空き家・住まい", nameEn: "Vacant houses and housing" },
  { slug: "industry", nameJa: "産業振興・企業誘致", nameEn: "Industry and business attraction" },
  { slug: "community", nameJa: "地域コミュニティ・移住", nameEn: "Community and relocation" },
  { slug: "facilities", nameJa: "公共施設・インフラ", nameEn: "Public facilities and infrastructure" },
  { slug: "local-products", nameJa: "地場産品・EC", nameEn: "Local products and e-commerce" },
] as const;

export async function seedThemes(db: PrismaClient) {
  for (const [i, t] of THEMES.entries()) {
    await db.theme.upsert({
      where: { slug: t.slug },
      create: { ...t, sortOrder: i },
      update: { nameJa: t.nameJa, nameEn: t.nameEn, sortOrder: i },
    });
  }
}

/** Every 都道府県, 市, 町, 村 and 特別区, keyed by 全国地方公共団体コード. */
export async function seedMunicipalities(db: PrismaClient) {
  const rows = loadMunicipalities();
  await db.organization.createMany({
    data: rows.map((r) => ({
      kind: "MUNICIPALITY" as const,
      name: r.name,
      nameKana: r.nameKana,
      lgCode: r.lgCode,
      prefectureCode: r.prefectureCode,
      municipalityType: r.type,
    })),
    skipDuplicates: true,
  });
  return rows.length;
}
