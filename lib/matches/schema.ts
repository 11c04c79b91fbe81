// Zod schemas for moving and editing matches and for the pipeline filters. Shared with client
// components, so nothing server-only may be imported here.
import { z } from "@/lib/validation";
import { ALL_STAGES, DECLINE_REASONS } from "./stages";

export const SCHEMES = [
  "DEMONSTRATION",
  "COMPREHENSIVE_ALLIANCE",
  "DISCRETIONARY_CONTRACT",
  "PROPOSAL",
  "TENDER",
  "CORPORATE_FURUSATO",
  "OTHER",
] as const;
export const NOTE_MAX = 1000;
export const NEXT_ACTION_MAX = 200;
export const INTERNAL_NOTE_MAX = 4000;
/** 1兆円: far above any municipal project, small enough to stay exact in a JS number. */
export const BUDGET_MAX = 1_000_000_000_000;
export const FY_MIN = 2000;
export const FY_MAX = 2100;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "IDが正しくありません" });

// PostgreSQL text cannot hold NUL, and other control characters are never meant; drop them.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && clean(v) === "");
/** Optional text: blank becomes null (so an edit can clear the field). */
const text = (max: number) =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === "string" ? clean(v) : v),
    z
      .string()
      .max(max, { error: `${max}文字以内で入力してください` })
      .nullable(),
  );
const optionalId = (message: string) =>
  z.preprocess(
    (v) => (blank(v) ? null : v),
    z
      .string({ error: message })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: message })
      .nullable(),
  );

const version = z.coerce.number({ error: "画面を読み込み直してください" }).int().min(0).max(2_147_483_647);

export const moveSchema = z
  .object({
    id: idSchema,
    to: z.enum(ALL_STAGES, { error: "移動先のステージを選んでください" }),
    expectedVersion: version,
    note: text(NOTE_MAX).optional(),
    declineReason: z.preprocess(
      (v) => (blank(v) ? undefined : v),
      z.enum(DECLINE_REASONS, { error: "見送りの理由を選んでください" }).optional(),
    ),
    declineNote: text(NOTE_MAX).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to !== "DECLINED") return;
    if (!v.declineReason)
      ctx.addIssue({ code: "custom", path: ["declineReason"], message: "見送りの理由を選んでください" });
    else if (v.declineReason === "OTHER" && !v.declineNote)
      ctx.addIssue({ code: "custom", path: ["declineNote"], message: "「その他」を選んだときは理由を書いてください" });
  });
export type MoveInput = z.infer<typeof moveSchema>;

const yen = z.preprocess(
  (v) =>
    blank(v)
      ? null
      : typeof v === "string"
        ? clean(v)
            .replace(/[,，円\s]/g, "")
            .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
        : v,
  z.coerce
    .number({ error: "金額は数字で入力してください（例：5000000）" })
    .int({ error: "金額は円単位の整数で入力してください" })
    .min(0, { error: "金額は0以上で入力してください" })
    .max(BUDGET_MAX, { error: "金額が大きすぎます" })
    .nullable(),
);

const isoDate = z.preprocess(
  (v) => (blank(v) ? null : v),
  z
    .string({ error: "日付を選んでください" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日付は 2026-04-01 の形で入力してください" })
    .refine(
      (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return (
          !Number.isNaN(d.getTime()) &&
          d.toISOString().startsWith(s) &&
          d.getUTCFullYear() >= FY_MIN &&
          d.getUTCFullYear() <= FY_MAX
        );
      },
      { error: "存在する日付を入力してください" },
    )
    .nullable(),
);

export const updateSchema = z.object({
  id: idSchema,
  expectedVersion: version,
  coordinatorId: optionalId("担当コーディネーターを選び直してください"),
  departmentId: optionalId("部署を選び直してください"),
  metDepartment: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  contentOrganized: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  nextAction: text(NEXT_ACTION_MAX),
  nextActionOn: isoDate,
  expectedBudget: yen,
  targetFiscalYear: z.preprocess(
    (v) => (blank(v) ? null : v),
    z.coerce
      .number({ error: "年度を選んでください" })
      .int({ error: "年度を選んでください" })
      .min(FY_MIN, { error: "年度を選んでください" })
      .max(FY_MAX, { error: "年度を選んでください" })
      .nullable(),
  ),
  scheme: z.preprocess((v) => (blank(v) ? null : v), z.enum(SCHEMES, { error: "連携の形を選んでください" }).nullable()),
  internalNote: text(INTERNAL_NOTE_MAX),
});
export type UpdateInput = z.infer<typeof updateSchema>;

// ---------------------------------------------------------------------------
// Board and table filters (GET form). Junk in the URL falls back to "no filter", never a 500.

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const param = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (blank(first(v)) ? undefined : first(v)), s.optional()).catch(undefined);

export const filtersSchema = z.object({
  municipality: param(idSchema),
  department: param(idSchema),
  theme: param(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  coordinator: param(z.union([idSchema, z.literal("none")])),
  stage: param(z.enum(ALL_STAGES)),
  fy: param(z.coerce.number().int().min(FY_MIN).max(FY_MAX)),
  stale: z.preprocess(first, z.enum(["1"]).optional()).catch(undefined),
  view: z.preprocess(first, z.enum(["board", "table"])).catch("board"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});
export type MatchFilters = z.infer<typeof filtersSchema>;

export const DEFAULT_FILTERS: MatchFilters = {
  municipality: undefined,
  department: undefined,
  theme: undefined,
  coordinator: undefined,
  stage: undefined,
  fy: undefined,
  stale: undefined,
  view: "board",
  page: 1,
};

export function parseMatchFilters(raw: unknown): MatchFilters {
  const r = filtersSchema.safeParse(raw && typeof raw === "object" ? raw : {});
  return r.success ? r.data : DEFAULT_FILTERS;
}

/** The filters as query-string params (for links that keep them: view tabs, pager). */
export function filterParams(f: MatchFilters): Record<string, string | undefined> {
  return {
    municipality: f.municipality,
    department: f.department,
    theme: f.theme,
    coordinator: f.coordinator,
    stage: f.stage,
    fy: f.fy === undefined ? undefined : String(f.fy),
    stale: f.stale,
  };
}
