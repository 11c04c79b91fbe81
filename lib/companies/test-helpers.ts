// Shared by the company tests only: companies with unique names so parallel files stay apart.
import { db } from "@/lib/db";
import type { Industry, CompanySize } from "@/lib/generated/prisma/enums";
import { getMunicipality, uid } from "@/tests/fixtures/factories";

export async function createCompany(
  opts: {
    name?: string;
    industries?: Industry[];
    size?: CompanySize;
    regionsServed?: string[];
    capabilities?: string;
    profile?: boolean;
  } = {},
) {
  return db.organization.create({
    data: {
      kind: "COMPANY",
      name: opts.name ?? `テスト企業 ${uid()}`,
      companyProfile:
        opts.profile === false
          ? undefined
          : {
              create: {
                industries: opts.industries ?? ["IT"],
                size: opts.size ?? "SMALL",
                regionsServed: opts.regionsServed ?? [],
                capabilities: opts.capabilities ?? "",
                services: "",
              },
            },
    },
  });
}

export const validProfile = (organizationId: string, extra: Record<string, unknown> = {}) => ({
  organizationId,
  name: `株式会社テスト ${uid()}`,
  industries: ["IT"],
  capabilities: "電子申請",
  services: "LoGo",
  regionsServed: ["17"],
  prefectureCode: "13",
  size: "SMALL",
  contactName: "田中",
  contactEmail: "tanaka@example.co.jp",
  contactPhone: "03-1234-5678",
  ...extra,
});

/** A published case with one partner row (optionally already linked to a company). */
export async function createCasePartner(name: string, organizationId?: string, published = true) {
  const m = await getMunicipality("172065");
  const c = await db.case.create({
    data: {
      title: `事例 ${uid()}`,
      summary: "s",
      body: "b",
      municipalityId: m.id,
      scheme: "OTHER",
      outcome: "ONGOING",
      fiscalYear: 2022,
      published,
      partners: { create: { name, organizationId } },
    },
    include: { partners: true },
  });
  return c.partners[0];
}
