// The budget-path form (予算化の道筋) of a match. Shared with the client form: nothing server-only here.
import {
  fiscalYearBounds,
  idSchema,
  optionalEnum,
  optionalInt,
  optionalText,
  orNull,
  requiredInt,
  yenBounds,
  z,
} from "@/lib/fields";
import { SCHEMES } from "@/lib/matches/schema";

export const FUNDING_SOURCES = ["GENERAL_FUND", "NATIONAL_GRANT", "CORPORATE_FURUSATO", "FREE_OR_COMPANY"] as const;
export const PROCUREMENT_ROUTES = ["DISCRETIONARY", "PROPOSAL", "TENDER", "AGREEMENT"] as const;
export type FundingSourceValue = (typeof FUNDING_SOURCES)[number];
export type ProcurementRouteValue = (typeof PROCUREMENT_ROUTES)[number];
export const FUNDING_NAME_MAX = 200;

/** The sources that need a name: the grant's (交付金・補助金) or the donor company's (企業版ふるさと納税). */
export const NAMED_SOURCES: readonly FundingSourceValue[] = ["NATIONAL_GRANT", "CORPORATE_FURUSATO"];

export const budgetPathSchema = z
  .object({
    id: idSchema,
    // Match.version, the same optimistic lock as the coordinator's edit form.
    expectedVersion: requiredInt({ min: 0, max: 2_147_483_647, message: "画面を読み込み直してください" }),
    fundingSource: orNull(optionalEnum(FUNDING_SOURCES, "財源を選んでください")),
    fundingName: orNull(optionalText(FUNDING_NAME_MAX)),
    procurementRoute: orNull(optionalEnum(PROCUREMENT_ROUTES, "調達の方法を選んでください")),
    scheme: orNull(optionalEnum(SCHEMES, "連携の形を選んでください")),
    expectedBudget: orNull(optionalInt(yenBounds(0))),
    targetFiscalYear: orNull(optionalInt(fiscalYearBounds("年度を選んでください"))),
  })
  .superRefine((v, ctx) => {
    if (v.fundingSource === "NATIONAL_GRANT" && !v.fundingName)
      ctx.addIssue({ code: "custom", path: ["fundingName"], message: "交付金・補助金の名称を入力してください" });
    if (v.fundingSource === "CORPORATE_FURUSATO" && !v.fundingName)
      ctx.addIssue({ code: "custom", path: ["fundingName"], message: "寄附をする企業の名前を入力してください" });
  })
  // A name only means something for a named source; a leftover one from an earlier choice is dropped.
  .transform((v) => ({
    ...v,
    fundingName: v.fundingSource && NAMED_SOURCES.includes(v.fundingSource) ? v.fundingName : null,
  }));
export type BudgetPathInput = z.infer<typeof budgetPathSchema>;
