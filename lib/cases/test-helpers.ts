// Shared by the case tests only: builds valid input for the mutation with a unique token in the
// title, so parallel test files can scope their queries to their own rows.
import { getMunicipality, uid } from "@/tests/fixtures/factories";
import { caseInputSchema, type CaseInput } from "./schema";

export async function caseInput(extra: Record<string, unknown> = {}, lgCode = "172065"): Promise<CaseInput> {
  const m = await getMunicipality(lgCode);
  return caseInputSchema.parse({
    title: `テスト事例 ${uid()}`,
    summary: "電子申請を導入しました",
    body: "一段落目。\n\n二段落目。",
    municipalityId: m.id,
    partners: [{ name: "株式会社テスト", role: "システム提供" }],
    scheme: "DEMONSTRATION",
    outcome: "ONGOING",
    fiscalYear: 2022,
    themeSlugs: ["dx"],
    ...extra,
  });
}
