// Zod schemas for the company directory: the list filters (from searchParams), the profile form
// and the direct-inquiry form. Shared with client components: nothing server-only here.
import { z } from "@/lib/validation";
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

/** cuid() ids and the fixed ids of seeded rows ("scale-company-00001"). */
export const companyIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

// PostgreSQL text cannot hold NUL, and other control characters are never meant; drop them.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && clean(v) === "");
const trimmed = (v: unknown) => (typeof v === "string" ? clean(v) : v);
const tooLong = (max: number) => ({ error: `${max}文字以内で入力してください` });
const required = (max: number, message: string) =>
  z.preprocess(trimmed, z.string({ error: message }).min(1, { error: message }).max(max, tooLong(max)));
const optional = (max: number) =>
  z.preprocess((v) => (isBlank(v) ? undefined : trimmed(v)), z.string().max(max, tooLong(max)).optional());
const isPref = (c: string) => prefectureCodes.includes(c);

// ---------------------------------------------------------------------------
// Directory filters. Junk in the URL is dropped field by field, never a 500.

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const param = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (isBlank(first(v)) ? undefined : trimmed(first(v))), s.optional()).catch(undefined);

export const companyFiltersSchema = z.object({
  q: param(z.string().max(100)),
  industry: param(z.enum(INDUSTRIES)),
  region: param(z.string().refine(isPref)),
  size: param(z.enum(COMPANY_SIZES)),
  track: param(z.literal("1")),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});
export type CompanyFilters = z.infer<typeof companyFiltersSchema>;
export const DEFAULT_COMPANY_FILTERS: CompanyFilters = {
  q: undefined,
  industry: undefined,
  region: undefined,
  size: undefined,
  track: undefined,
  page: 1,
};

export function parseCompanyFilters(raw: unknown): CompanyFilters {
  const r = companyFiltersSchema.safeParse(raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {});
  return r.success ? r.data : DEFAULT_COMPANY_FILTERS;
}

export function companyFiltersToParams(f: CompanyFilters): Record<string, string | undefined> {
  return { q: f.q, industry: f.industry, region: f.region, size: f.size, track: f.track };
}

// ---------------------------------------------------------------------------
// Profile form

const corporateNumber = z.preprocess(
  (v) => (isBlank(v) ? undefined : typeof v === "string" ? normalizeCorporateNumber(clean(v)) : v),
  z
    .string({ error: "法人番号は13桁の数字で入力してください" })
    .regex(/^\d{13}$/, { error: "法人番号は13桁の数字で入力してください（例：1180301018771）", abort: true })
    .refine(isValidCorporateNumber, {
      error: "法人番号が正しくありません。国税庁の法人番号公表サイトで確認してください",
    })
    .optional(),
);

const choiceList = <T extends readonly [string, ...string[]]>(values: T, max: number, message: string) =>
  z
    .preprocess(
      (v) => (v === undefined || v === null ? [] : v),
      z.array(z.enum(values, { error: message }), { error: message }).max(max, { error: message }),
    )
    .transform((a) => [...new Set(a)]);

export const companyProfileSchema = z.object({
  organizationId: companyIdSchema,
  name: required(100, "会社名を入力してください（例：株式会社〇〇）"),
  corporateNumber,
  prefectureCode: z.preprocess(
    (v) => (isBlank(v) ? undefined : v),
    z
      .string({ error: "本社の都道府県を選んでください" })
      .refine(isPref, { error: "本社の都道府県を選んでください" })
      .optional(),
  ),
  hqMunicipalityId: z
    .preprocess((v) => (isBlank(v) ? undefined : trimmed(v)), companyIdSchema.optional())
    .catch(undefined),
  size: z.preprocess(
    (v) => (isBlank(v) ? undefined : v),
    z.enum(COMPANY_SIZES, { error: "従業員規模を選んでください" }).optional(),
  ),
  industries: choiceList(INDUSTRIES, INDUSTRIES.length, "業種を選び直してください").refine((a) => a.length > 0, {
    error: "業種を1つ以上選んでください",
  }),
  capabilities: z.preprocess(
    (v) => (isBlank(v) ? "" : trimmed(v)),
    z.string({ error: "文字で入力してください" }).max(2000, tooLong(2000)),
  ),
  services: z.preprocess(
    (v) => (isBlank(v) ? "" : trimmed(v)),
    z.string({ error: "文字で入力してください" }).max(2000, tooLong(2000)),
  ),
  regionsServed: z
    .preprocess(
      (v) => (v === undefined || v === null ? [] : v),
      z.array(z.string().refine(isPref), { error: "対応地域を選び直してください" }).max(47),
    )
    .transform((a) => [...new Set(a)].sort()),
  website: z.preprocess(
    (v) => (isBlank(v) ? undefined : trimmed(v)),
    z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "URLは https:// で始まる形で入力してください" })
      .max(300, tooLong(300))
      .optional(),
  ),
  description: optional(1000),
  contactName: optional(60),
  contactEmail: z.preprocess(
    (v) => (isBlank(v) ? undefined : trimmed(v)),
    z
      .email({ error: "メールアドレスの形が正しくありません（例：tanaka@example.co.jp）" })
      .max(254, tooLong(254))
      .optional(),
  ),
  contactPhone: z.preprocess(
    (v) => (isBlank(v) ? undefined : trimmed(v)),
    z
      .string()
      .regex(/^[0-9０-９+()（）\-‐－ ]{10,20}$/, {
        error: "電話番号は数字とハイフンで入力してください（例：03-1234-5678）",
      })
      .optional(),
  ),
});
export type CompanyProfileInput = z.infer<typeof companyProfileSchema>;
export type CompanyProfileFormValues = z.input<typeof companyProfileSchema>;

// ---------------------------------------------------------------------------
// Direct inquiry (企業に直接問い合わせ)

export const directInquirySchema = z.object({
  companyId: companyIdSchema,
  subject: required(100, "件名を入力してください（例：公共施設の予約システムについてのご相談）"),
  body: required(5000, "問い合わせの内容を入力してください"),
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
