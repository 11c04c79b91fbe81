// Zod schemas for the challenge wizard (課題言語化シート) and the public list filters. Shared with
// client components, so nothing server-only may be imported here.
import { z } from "@/lib/validation";
import { prefectureCodes } from "@/lib/municipalities/prefectures";

export const CHALLENGE_KINDS = [
  "CONSULTATION",
  "THEME_PROPOSAL",
  "FREE_PROPOSAL",
  "PRIVATE_CONSULTATION",
  "PROGRAM",
] as const;
export const PUBLIC_KINDS = ["CONSULTATION", "THEME_PROPOSAL", "FREE_PROPOSAL", "PROGRAM"] as const;
export const PROGRAM_KINDS = [
  "SOUNDING",
  "BUSINESS_ATTRACTION",
  "LOCAL_REVITALIZATION_ENTREPRENEUR",
  "CORPORATE_FURUSATO",
] as const;
export const OFFERS = ["DATA", "FACILITIES", "FIELD_TRIAL", "PR", "NO_BUDGET_OK"] as const;
export const BUDGET_STATUSES = ["NONE", "CONSIDERING", "SECURED"] as const;
export const CHALLENGE_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED"] as const;

export type ChallengeKindValue = (typeof CHALLENGE_KINDS)[number];
export type ProgramKindValue = (typeof PROGRAM_KINDS)[number];
export type OfferValue = (typeof OFFERS)[number];
export type BudgetStatusValue = (typeof BUDGET_STATUSES)[number];

/** cuid() ids and the fixed ids of seeded rows. */
export const challengeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: message }).optional());

// PostgreSQL text cannot hold NUL, and other control characters are never meant; drop them.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
const trimmed = (v: unknown) => (typeof v === "string" ? clean(v) : v);
const requiredLong = (max: number, message: string) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: message })
      .min(1, { error: message })
      .max(max, { error: `${max}文字以内で入力してください` }),
  );
const optionalLong = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && clean(v) === "" ? undefined : v === null ? undefined : trimmed(v)),
    z
      .string()
      .max(max, { error: `${max}文字以内で入力してください` })
      .optional(),
  );

// Clerks type amounts as "3,000,000" or in full-width digits; accept both.
const toHalfWidthDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const looseInt = (v: unknown) => {
  if (v === "" || v === null || v === undefined) return undefined;
  if (typeof v === "string") {
    const s = toHalfWidthDigits(v).replace(/[,，\s円]/g, "");
    return /^\d{1,16}$/.test(s) ? Number(s) : v;
  }
  return v;
};
const budgetAmount = z.preprocess(
  looseInt,
  z
    .number({ error: "金額は半角数字で入力してください（例：3000000）" })
    .int({ error: "金額は円単位の整数で入力してください" })
    .min(1, { error: "1円以上で入力してください" })
    .max(1_000_000_000_000, { error: "金額が大きすぎます" })
    .optional(),
);
const fiscalYear = z.preprocess(
  looseInt,
  z
    .number({ error: "年度は西暦4桁で入力してください（例：2026）" })
    .int({ error: "年度は西暦4桁で入力してください（例：2026）" })
    .min(2000, { error: "年度は西暦4桁で入力してください（例：2026）" })
    .max(2100, { error: "年度は西暦4桁で入力してください（例：2026）" })
    .optional(),
);
const slug = z.string().regex(/^[a-z0-9-]{1,40}$/);
const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item).max(max))
    .transform((a) => [...new Set(a)] as z.infer<T>[]);

const fields = {
  id: z.preprocess(blankToUndefined, challengeIdSchema.optional()),
  kind: optionalEnum(CHALLENGE_KINDS, "種類を選んでください"),
  programKind: optionalEnum(PROGRAM_KINDS, "制度の種類を選んでください"),
  title: requiredLong(100, "タイトルを入力してください（例：空き家の情報が集まらない）"),
  situation: requiredLong(4000, "「いま起きていること」を書いてください。箇条書きでも大丈夫です"),
  tried: optionalLong(4000),
  affected: optionalLong(4000),
  success: optionalLong(4000),
  companyGain: optionalLong(4000),
  offers: list(z.enum(OFFERS), OFFERS.length),
  offerNote: optionalLong(1000),
  budgetStatus: optionalEnum(BUDGET_STATUSES, "予算の状況を選んでください"),
  budgetAmount,
  budgetFiscalYear: fiscalYear,
  periodNote: optionalLong(500),
  departmentId: z.preprocess(blankToUndefined, challengeIdSchema.optional()),
  departmentName: optionalLong(60),
  themeSlugs: list(slug, 20),
};

/** 下書き保存: rough input is welcome, only a title and the first question are required. */
export const challengeDraftSchema = z.object(fields);
export type ChallengeDraftInput = z.infer<typeof challengeDraftSchema>;
/** What the wizard form holds and sends: every field as the user typed it. */
export type ChallengeFormValues = z.input<typeof challengeDraftSchema>;

/** 公開する: a company must be able to tell what kind of call this is and find it by theme. */
export const challengePublishSchema = z
  .object({
    ...fields,
    kind: z.preprocess(blankToUndefined, z.enum(CHALLENGE_KINDS, { error: "種類を選んでください" })),
    themeSlugs: list(slug, 20).refine((a) => a.length > 0, { error: "テーマを1つ以上選んでください" }),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "PROGRAM" && !v.programKind)
      ctx.addIssue({ code: "custom", path: ["programKind"], message: "制度の種類を選んでください" });
    if (v.budgetStatus === "SECURED") {
      if (v.budgetAmount === undefined)
        ctx.addIssue({ code: "custom", path: ["budgetAmount"], message: "確保済みの予算額を入力してください" });
      if (v.budgetFiscalYear === undefined)
        ctx.addIssue({ code: "custom", path: ["budgetFiscalYear"], message: "予算の年度を入力してください" });
    }
  });
export type ChallengePublishInput = z.infer<typeof challengePublishSchema>;

export const challengeIdInputSchema = z.object({ id: challengeIdSchema });

/** Which wizard step (0-based) holds each field, so a failed publish can jump to the first error. */
export const FIELD_STEP: Record<string, number> = {
  kind: 0,
  programKind: 0,
  title: 0,
  situation: 1,
  tried: 2,
  affected: 2,
  success: 3,
  companyGain: 3,
  offers: 4,
  offerNote: 4,
  budgetStatus: 4,
  budgetAmount: 4,
  budgetFiscalYear: 4,
  periodNote: 5,
  departmentId: 5,
  departmentName: 5,
  themeSlugs: 5,
};

// ---------------------------------------------------------------------------
// Public list filters (GET form). Junk in the URL falls back to "no filter", never a 500.

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalParam = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => blankToUndefined(first(v)), s.optional()).catch(undefined);

export const publicFiltersSchema = z.object({
  kind: optionalParam(z.enum(PUBLIC_KINDS)),
  theme: optionalParam(slug),
  pref: optionalParam(z.string().refine((c) => prefectureCodes.includes(c))),
  status: optionalParam(z.enum(["open", "closed"])),
  budget: optionalParam(z.enum(BUDGET_STATUSES)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type PublicFilters = z.infer<typeof publicFiltersSchema>;

export function parsePublicFilters(raw: unknown): PublicFilters {
  const r = publicFiltersSchema.safeParse(raw && typeof raw === "object" ? raw : {});
  return r.success
    ? r.data
    : { kind: undefined, theme: undefined, pref: undefined, status: undefined, budget: undefined, page: 1 };
}
