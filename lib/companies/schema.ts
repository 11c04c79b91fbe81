// Zod schemas for the company directory: the list filters (from searchParams), the profile form
// and the direct-inquiry form. Shared with client components: nothing server-only here.
import {
  cleanText,
  idSchema,
  optionalEmail,
  optionalEnum,
  optionalField,
  optionalText,
  optionalUrl,
  pageParam,
  requiredText,
  searchParam,
  uniqueList,
  urlFilters,
  z,
} from "@/lib/fields";
import { prefectureCodes } from "@/lib/municipalities/prefectures";
import { isValidCorporateNumber, normalizeCorporateNumber } from "./corporate-number";

export const INDUSTRIES = [
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
] as const;
export const COMPANY_SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export const COMPANY_PAGE_SIZE = 20;
export type IndustryValue = (typeof INDUSTRIES)[number];
export type CompanySizeValue = (typeof COMPANY_SIZES)[number];

export const companyIdSchema = idSchema;
const isPref = (c: string) => prefectureCodes.includes(c);
/** Profile texts are NOT NULL with "" for "not written yet". */
const profileText = (max: number) => optionalText(max, { multiline: true }).transform((v) => v ?? "");

// ---------------------------------------------------------------------------
// Directory filters. Junk in the URL is dropped field by field, never a 500.

export const companyFiltersSchema = z.object({
  q: searchParam(z.string().max(100)),
  industry: searchParam(z.enum(INDUSTRIES)),
  region: searchParam(z.string().refine(isPref)),
  size: searchParam(z.enum(COMPANY_SIZES)),
  track: searchParam(z.literal("1")),
  page: pageParam(100_000),
});
export type CompanyFilters = z.infer<typeof companyFiltersSchema>;
export const {
  defaults: DEFAULT_COMPANY_FILTERS,
  parse: parseCompanyFilters,
  toParams: companyFiltersToParams,
} = urlFilters(companyFiltersSchema);

// ---------------------------------------------------------------------------
// Profile form

const corporateNumber = z.preprocess(
  (v) => (typeof v === "string" ? normalizeCorporateNumber(cleanText(v)) : v),
  optionalField(
    z
      .string({ error: "法人番号は13桁の数字で入力してください" })
      .regex(/^\d{13}$/, { error: "法人番号は13桁の数字で入力してください（例：1180301018771）", abort: true })
      .refine(isValidCorporateNumber, {
        error: "法人番号が正しくありません。国税庁の法人番号公表サイトで確認してください",
      }),
  ),
);

const pickAgain = "業種を選び直してください";

export const companyProfileSchema = z.object({
  organizationId: companyIdSchema,
  name: requiredText(100, "会社名を入力してください（例：株式会社〇〇）"),
  corporateNumber,
  prefectureCode: optionalEnum(prefectureCodes as [string, ...string[]], "本社の都道府県を選んでください"),
  // Picked from a list that depends on the prefecture: a stale pick is dropped rather than refused.
  hqMunicipalityId: optionalField(idSchema).catch(undefined),
  size: optionalEnum(COMPANY_SIZES, "従業員規模を選んでください"),
  industries: uniqueList(z.enum(INDUSTRIES, { error: pickAgain }), INDUSTRIES.length, pickAgain).refine(
    (a) => a.length > 0,
    { error: "業種を1つ以上選んでください" },
  ),
  capabilities: profileText(2000),
  services: profileText(2000),
  regionsServed: uniqueList(z.string().refine(isPref), 47, "対応地域を選び直してください").transform((a) => a.sort()),
  website: optionalUrl(300, "URLは https:// で始まる形で入力してください"),
  description: optionalText(1000, { multiline: true }),
  contactName: optionalText(60),
  contactEmail: optionalEmail,
  contactPhone: optionalField(
    z.string().regex(/^[0-9０-９+()（）\-‐－ ]{10,20}$/, {
      error: "電話番号は数字とハイフンで入力してください（例：03-1234-5678）",
    }),
  ),
});
export type CompanyProfileInput = z.infer<typeof companyProfileSchema>;
export type CompanyProfileFormValues = z.input<typeof companyProfileSchema>;

// ---------------------------------------------------------------------------
// Direct inquiry (企業に直接問い合わせ)

export const directInquirySchema = z.object({
  companyId: companyIdSchema,
  subject: requiredText(100, "件名を入力してください（例：公共施設の予約システムについてのご相談）"),
  body: requiredText(5000, "問い合わせの内容を入力してください", { multiline: true }),
});
export type DirectInquiryInput = z.infer<typeof directInquirySchema>;

export const casePartnerLinkSchema = z.object({
  companyId: companyIdSchema,
  casePartnerId: companyIdSchema,
  linked: z.boolean(),
});
export type CasePartnerLinkInput = z.infer<typeof casePartnerLinkSchema>;

// ---------------------------------------------------------------------------
// Company logo (FormData from the logo form). The server decides the type from the bytes.

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** For the file input's accept attribute only; the content is what is checked. */
export const LOGO_ACCEPT_ATTR = "image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp";

const logoFile = z
  .instanceof(File, { error: "ロゴ画像のファイルを選んでください" })
  .refine((f) => f.size > 0, { error: "ロゴ画像のファイルを選んでください（空のファイルです）" })
  .refine((f) => f.size <= MAX_LOGO_BYTES, { error: "ロゴ画像は2MBまでです。小さくしてから登録してください" });

const formValue = (raw: unknown, key: string) =>
  raw instanceof FormData ? (raw.get(key) ?? undefined) : (raw as Record<string, unknown> | null)?.[key];

export const companyLogoUploadSchema = z.preprocess(
  (raw) => ({ organizationId: formValue(raw, "organizationId"), file: formValue(raw, "file") }),
  z.object({ organizationId: companyIdSchema, file: logoFile }),
);
export type CompanyLogoUploadInput = z.infer<typeof companyLogoUploadSchema>;

export const companyLogoRemoveSchema = z.object({ organizationId: companyIdSchema });
