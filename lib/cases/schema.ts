// Zod schemas for the case database (自治体事例DB): the public list filters (from searchParams) and
// the coordinators' create/edit form. Shared with client components: nothing server-only here.
import {
  choiceParam,
  cleanText,
  fiscalYearBounds,
  fiscalYearParam,
  idSchema,
  optionalDate,
  optionalInt,
  optionalText,
  optionalUrl,
  pageParam,
  requiredEnum,
  requiredId,
  requiredInt,
  requiredText,
  requiredUrl,
  searchParam,
  uniqueList,
  urlFilters,
  yenBounds,
  z,
} from "@/lib/fields";
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

export type CaseSchemeValue = (typeof CASE_SCHEMES)[number];
export type CaseOutcomeValue = (typeof CASE_OUTCOMES)[number];
export type CaseSortValue = (typeof CASE_SORTS)[number];

export const caseIdSchema = idSchema;
const slug = z.string().regex(/^[a-z0-9-]{1,40}$/);
const multiline = { multiline: true };

// ---------------------------------------------------------------------------
// Public list filters. Junk in the URL is dropped field by field, never a 500.

export const caseFiltersSchema = z.object({
  theme: searchParam(slug),
  pref: searchParam(z.string().refine((c) => prefectureCodes.includes(c))),
  /** An organisation id or a 6-digit 全国地方公共団体コード. */
  municipality: searchParam(z.union([z.string().regex(/^\d{6}$/), caseIdSchema])),
  scheme: searchParam(z.enum(CASE_SCHEMES)),
  outcome: searchParam(z.enum(CASE_OUTCOMES)),
  year: fiscalYearParam,
  q: searchParam(z.string().max(100)),
  sort: choiceParam(CASE_SORTS, "newest"),
  page: pageParam(),
});
export type CaseFilters = z.infer<typeof caseFiltersSchema>;

export const {
  defaults: DEFAULT_CASE_FILTERS,
  parse: parseCaseFilters,
  toParams: caseFiltersToParams,
} = urlFilters(caseFiltersSchema);

// ---------------------------------------------------------------------------
// Create / edit form

// Repeatable rows: a row left completely blank is simply not there (each cell is checked by the row schema).
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && cleanText(v) === "");
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
  name: requiredText(100, "協力企業の会社名を入力してください（例：株式会社〇〇）"),
  role: optionalText(100),
});
const figure = z.object({
  label: requiredText(60, "成果の項目名を入力してください（例：電話での問い合わせ）"),
  value: requiredText(60, "成果の数値を入力してください（例：99.5%減）"),
});
const link = z.object({
  label: requiredText(100, "リンクの名前を入力してください（例：市の報道発表）"),
  url: requiredUrl(500, "URLは http:// または https:// で始まる形で入力してください"),
});

// 出典: where the facts of the case were published. A date of publication cannot lie in the future.
const notFuture = (s: string | undefined) => !s || s <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const source = {
  sourceUrl: optionalUrl(500, "出典のURLは http:// または https:// で始まる形で入力してください"),
  sourcePublisher: optionalText(100),
  sourcePublishedOn: optionalDate.refine(notFuture, { error: "公表日に未来の日付は入れられません" }),
};

const bool = (fallback: boolean) =>
  z.preprocess((v) => (v === undefined ? fallback : v), z.boolean({ error: "はい・いいえで選んでください" }));

const caseFields = {
  title: requiredText(120, "タイトルを入力してください（例：〇〇市 × 株式会社〇〇：電子申請の導入）"),
  summary: requiredText(400, "概要を入力してください（一覧に表示される2〜3行の説明です）", multiline),
  body: requiredText(10_000, "取り組みの内容を入力してください", multiline),
  municipalityId: requiredId("自治体を選んでください", "自治体を選び直してください"),
  partners: rows(partner, ["name", "role"], 10, "協力企業は10社までです").refine((a) => a.length > 0, {
    error: "協力企業を1社以上入力してください",
  }),
  scheme: requiredEnum(CASE_SCHEMES, "連携の形を選んでください"),
  outcome: requiredEnum(CASE_OUTCOMES, "現在の状況を選んでください"),
  fiscalYear: requiredInt(fiscalYearBounds()),
  budgetAmount: optionalInt(yenBounds(0)),
  startedOn: optionalDate,
  endedOn: optionalDate,
  figures: rows(figure, ["label", "value"], 20, "成果は20件までです"),
  links: rows(link, ["label", "url"], 10, "リンクは10件までです"),
  ...source,
  themeSlugs: uniqueList(slug, 20, "テーマを選んでください").refine((a) => a.length > 0, {
    error: "テーマを1つ以上選んでください",
  }),
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
