// Zod schemas for the case database (自治体事例DB): the public list filters (from searchParams) and
// the coordinators' create/edit form. Shared with client components: nothing server-only here.
import { z } from "@/lib/validation";
import { prefectureCodes } from "@/lib/municipalities/prefectures";

export const CASE_SCHEMES = [
  "DEMONSTRATION",
  "COMPREHENSIVE_ALLIANCE",
  "DISCRETIONARY_CONTRACT",
  "PROPOSAL",
  "TENDER",
  "CORPORATE_FURUSATO",
  "OTHER",
] as const;
export const CASE_OUTCOMES = ["ONGOING", "ADOPTED", "COMPLETED", "DISCONTINUED"] as const;
export const CASE_SORTS = ["newest", "oldest", "recent"] as const;
export const CASE_PAGE_SIZE = 20;
export const MIN_FISCAL_YEAR = 2000;
export const MAX_FISCAL_YEAR = 2100;

export type CaseSchemeValue = (typeof CASE_SCHEMES)[number];
export type CaseOutcomeValue = (typeof CASE_OUTCOMES)[number];
export type CaseSortValue = (typeof CASE_SORTS)[number];

/** cuid() ids and the fixed ids of seeded rows ("case-kaga-logo", "demo-case-00001"). */
export const caseIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const slug = z.string().regex(/^[a-z0-9-]{1,40}$/);

// PostgreSQL text cannot hold NUL, and other control characters are never meant; drop them.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && clean(v) === "");
const trimmed = (v: unknown) => (typeof v === "string" ? clean(v) : v);
const tooLong = (max: number) => ({ error: `${max}文字以内で入力してください` });
const required = (max: number, message: string) =>
  z.preprocess(trimmed, z.string({ error: message }).min(1, { error: message }).max(max, tooLong(max)));
const optional = (max: number) =>
  z.preprocess((v) => (isBlank(v) ? undefined : trimmed(v)), z.string().max(max, tooLong(max)).optional());

// ---------------------------------------------------------------------------
// Public list filters. Junk in the URL is dropped field by field, never a 500.

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const param = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (isBlank(first(v)) ? undefined : trimmed(first(v))), s.optional()).catch(undefined);

export const caseFiltersSchema = z.object({
  theme: param(slug),
  pref: param(z.string().refine((c) => prefectureCodes.includes(c))),
  /** An organisation id or a 6-digit 全国地方公共団体コード. */
  municipality: param(z.union([z.string().regex(/^\d{6}$/), caseIdSchema])),
  scheme: param(z.enum(CASE_SCHEMES)),
  outcome: param(z.enum(CASE_OUTCOMES)),
  year: param(z.coerce.number().int().min(MIN_FISCAL_YEAR).max(MAX_FISCAL_YEAR)),
  q: param(z.string().max(100)),
  sort: z.preprocess(first, z.enum(CASE_SORTS)).catch("newest"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type CaseFilters = z.infer<typeof caseFiltersSchema>;

export const DEFAULT_CASE_FILTERS: CaseFilters = {
  theme: undefined,
  pref: undefined,
  municipality: undefined,
  scheme: undefined,
  outcome: undefined,
  year: undefined,
  q: undefined,
  sort: "newest",
  page: 1,
};

export function parseCaseFilters(raw: unknown): CaseFilters {
  const r = caseFiltersSchema.safeParse(raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {});
  return r.success ? r.data : DEFAULT_CASE_FILTERS;
}

/** The filters as URL parameters (for pagination links and the "clear" chip). */
export function caseFiltersToParams(f: CaseFilters): Record<string, string | undefined> {
  return {
    theme: f.theme,
    pref: f.pref,
    municipality: f.municipality,
    scheme: f.scheme,
    outcome: f.outcome,
    year: f.year === undefined ? undefined : String(f.year),
    q: f.q,
    sort: f.sort === "newest" ? undefined : f.sort,
  };
}

// ---------------------------------------------------------------------------
// Create / edit form

// Clerks type years in full-width digits; accept both.
const toHalfWidthDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const yearMessage = { error: `年度は西暦4桁で入力してください（例：2024）` };
const fiscalYear = z.preprocess(
  (v) =>
    typeof v === "string" && /^\s*[0-9０-９]{1,6}\s*$/.test(v)
      ? Number(toHalfWidthDigits(v.trim()))
      : isBlank(v)
        ? undefined
        : v,
  z.number(yearMessage).int(yearMessage).min(MIN_FISCAL_YEAR, yearMessage).max(MAX_FISCAL_YEAR, yearMessage),
);

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const optionalDate = z.preprocess(
  (v) => (isBlank(v) ? undefined : trimmed(v)),
  z
    .string({ error: "日付を選んでください" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日付は 2024-04-01 の形で入力してください" })
    .refine(isCalendarDate, { error: "存在しない日付です" })
    .optional(),
);

// Repeatable rows: a row left completely blank is simply not there.
const rows = <T extends z.ZodType>(item: T, keys: string[], max: number, maxMessage: string) =>
  z.preprocess(
    (v) =>
      v === undefined || v === null
        ? []
        : Array.isArray(v)
          ? v.filter(
              (r) => !(r && typeof r === "object" && keys.every((k) => isBlank((r as Record<string, unknown>)[k]))),
            )
          : v,
    z.array(item, { error: "入力内容を確認してください" }).max(max, { error: maxMessage }),
  );

const partner = z.object({
  name: required(100, "協力企業の会社名を入力してください（例：株式会社〇〇）"),
  role: optional(100),
});
const figure = z.object({
  label: required(60, "成果の項目名を入力してください（例：電話での問い合わせ）"),
  value: required(60, "成果の数値を入力してください（例：99.5%減）"),
});
const link = z.object({
  label: required(100, "リンクの名前を入力してください（例：市の報道発表）"),
  url: z.preprocess(
    trimmed,
    z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: "URLは http:// または https:// で始まる形で入力してください",
      })
      .max(500, tooLong(500)),
  ),
});

const bool = (fallback: boolean) =>
  z.preprocess((v) => (v === undefined ? fallback : v), z.boolean({ error: "はい・いいえで選んでください" }));

const caseFields = {
  title: required(120, "タイトルを入力してください（例：〇〇市 × 株式会社〇〇：電子申請の導入）"),
  summary: required(400, "概要を入力してください（一覧に表示される2〜3行の説明です）"),
  body: required(10_000, "取り組みの内容を入力してください"),
  municipalityId: z.preprocess(
    (v) => (isBlank(v) ? "" : trimmed(v)),
    z
      .string({ error: "自治体を選んでください" })
      .min(1, { error: "自治体を選んでください", abort: true })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "自治体を選び直してください" }),
  ),
  partners: rows(partner, ["name", "role"], 10, "協力企業は10社までです").refine((a) => a.length > 0, {
    error: "協力企業を1社以上入力してください",
  }),
  scheme: z.enum(CASE_SCHEMES, { error: "連携の形を選んでください" }),
  outcome: z.enum(CASE_OUTCOMES, { error: "現在の状況を選んでください" }),
  fiscalYear,
  startedOn: optionalDate,
  endedOn: optionalDate,
  figures: rows(figure, ["label", "value"], 20, "成果は20件までです"),
  links: rows(link, ["label", "url"], 10, "リンクは10件までです"),
  themeSlugs: z
    .preprocess(
      (v) => (v === undefined || v === null ? [] : v),
      z.array(slug, { error: "テーマを選んでください" }).max(20),
    )
    .transform((a) => [...new Set(a)])
    .refine((a) => a.length > 0, { error: "テーマを1つ以上選んでください" }),
  published: bool(true),
  isDemo: bool(false),
};

const endAfterStart = (v: { startedOn?: string; endedOn?: string }, ctx: z.RefinementCtx) => {
  if (v.startedOn && v.endedOn && v.endedOn < v.startedOn) {
    ctx.addIssue({ code: "custom", path: ["endedOn"], message: "終了日は開始日より後の日付にしてください" });
  }
};

export const caseInputSchema = z.object(caseFields).superRefine(endAfterStart);
export type CaseInput = z.infer<typeof caseInputSchema>;
/** What the form holds and sends: every field as the user typed it. */
export type CaseFormValues = z.input<typeof caseInputSchema>;

export const caseUpdateSchema = z.object({ ...caseFields, id: caseIdSchema }).superRefine(endAfterStart);
export type CaseUpdateInput = z.infer<typeof caseUpdateSchema>;

/** [{label, value}] / [{label, url}] stored as JSON; read back defensively, since old rows may differ. */
export const figuresJson = z.array(z.object({ label: z.string(), value: z.string() })).catch([]);
export const linksJson = z.array(z.object({ label: z.string(), url: z.string().regex(/^https?:\/\//i) })).catch([]);
