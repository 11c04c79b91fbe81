// The pilot (実証実験) of a match: its terms, success criteria and reviews (issue 18 §1). Shared with the client
// forms: nothing server-only here.
import {
  dateSchema,
  idSchema,
  optionalDate,
  optionalInt,
  optionalText,
  requiredEnum,
  requiredText,
  yenBounds,
  z,
} from "@/lib/fields";

export const TITLE_MAX = 120;
export const PURPOSE_MAX = 2000;
export const PROVIDES_MAX = 1000;
export const COST_NOTE_MAX = 300;
export const CRITERION_MAX = 100;
export const CRITERIA_MAX = 10;
export const NOTE_MAX = 2000;
export const REVIEW_MAX = 4000;
export const REASON_MAX = 1000;
export const RESULT_MAX = 200;
/** The longest pilot: 2 years; the end review at most 3 months after the end. */
export const PERIOD_MAX_YEARS = 2;
export const END_REVIEW_MAX_MONTHS = 3;
/** A pilot registered after it began may start up to a year back; its criteria are then agreed late. */
export const START_PAST_MAX_YEARS = 1;

/** Today's date in Japan as "YYYY-MM-DD" (the review dates and the period are Japanese calendar dates). */
export const todayJst = (now = new Date()) => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

/** "YYYY-MM-DD" moved by whole years / months / days (UTC arithmetic on a date string: no time zone involved). */
export function shiftDate(day: string, by: { years?: number; months?: number; days?: number }): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (by.years || by.months) {
    const target = new Date(Date.UTC(d.getUTCFullYear() + (by.years ?? 0), d.getUTCMonth() + (by.months ?? 0), 1));
    // 31 January + 1 month is the last day of February, not 3 March.
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d.getUTCDate(), last));
    d.setTime(target.getTime());
  }
  if (by.days) d.setUTCDate(d.getUTCDate() + by.days);
  return d.toISOString().slice(0, 10);
}

/** A target is measurable when it has a figure: 「−30 %」「月20件」「3分以内」, not 「改善する」. */
const HAS_NUMBER = /[0-9０-９]/;

export const criterionSchema = z.object({
  label: requiredText(CRITERION_MAX, "指標を入力してください（例：電話問い合わせ件数）"),
  target: requiredText(CRITERION_MAX, "目標を入力してください（例：−30 %）").refine(
    (s) => HAS_NUMBER.test(s),
    "目標は数値で書いてください（例：「−30 %」「月20件」）。「改善する」のような目標は、結果を測れません",
  ),
  baseline: optionalText(CRITERION_MAX),
});
export type CriterionInput = z.infer<typeof criterionSchema>;

export const COST_KINDS = ["FREE", "PAID"] as const;

const termsFields = {
  title: requiredText(TITLE_MAX, "件名を入力してください"),
  purpose: requiredText(PURPOSE_MAX, "目的を入力してください", { multiline: true }),
  criteria: z
    .array(criterionSchema, { error: "成功の基準を入力してください" })
    .min(1, { error: "成功の基準を1つ以上入力してください" })
    .max(CRITERIA_MAX, { error: `成功の基準は${CRITERIA_MAX}件までです` }),
  startsOn: dateSchema,
  endsOn: dateSchema,
  cityProvides: requiredText(PROVIDES_MAX, "自治体が提供するものを入力してください", { multiline: true }),
  companyProvides: requiredText(PROVIDES_MAX, "企業が提供するものを入力してください", { multiline: true }),
  cost: requiredEnum(COST_KINDS, "費用が無償か有償かを選んでください"),
  costAmount: optionalInt(yenBounds(1)),
  costNote: optionalText(COST_NOTE_MAX),
  midReviewOn: optionalDate,
  endReviewOn: dateSchema,
};

type Terms = z.infer<z.ZodObject<typeof termsFields>>;

/** The rules between fields, each reported on the field a person has to change. */
function checkTerms(t: Terms, ctx: z.RefinementCtx) {
  const issue = (path: keyof Terms, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (t.cost === "PAID" && t.costAmount === undefined) issue("costAmount", "有償の場合は金額を入力してください");
  if (t.endsOn < t.startsOn) return issue("endsOn", "終了日は開始日より後の日付にしてください");
  if (t.endsOn > shiftDate(t.startsOn, { years: PERIOD_MAX_YEARS }))
    issue("endsOn", `期間は${PERIOD_MAX_YEARS}年以内にしてください`);
  if (t.midReviewOn && (t.midReviewOn < t.startsOn || t.midReviewOn > t.endsOn))
    issue("midReviewOn", "中間レビュー日は期間の中の日付にしてください");
  if (t.endReviewOn < t.endsOn) issue("endReviewOn", "最終レビュー日は終了日以降にしてください");
  else if (t.endReviewOn > shiftDate(t.endsOn, { months: END_REVIEW_MAX_MONTHS }))
    issue("endReviewOn", `最終レビュー日は終了日から${END_REVIEW_MAX_MONTHS}か月以内にしてください`);
}

/** The earliest start a new pilot may have today. */
export const earliestStart = (today = todayJst()) => shiftDate(today, { years: -START_PAST_MAX_YEARS });
export const START_TOO_EARLY = `開始日は${START_PAST_MAX_YEARS}年前までの日付にしてください`;

/** 無償: an amount typed before switching to 無償 stays in the form's state, hidden; it is dropped, not judged. */
const freeDropsAmount = (v: unknown) =>
  v && typeof v === "object" && (v as { cost?: unknown }).cost === "FREE" ? { ...v, costAmount: undefined } : v;

export const createPilotSchema = z.preprocess(
  freeDropsAmount,
  z
    .object({ matchId: idSchema, ...termsFields })
    .superRefine(checkTerms)
    .superRefine((t, ctx) => {
      if (t.startsOn < earliestStart()) ctx.addIssue({ code: "custom", path: ["startsOn"], message: START_TOO_EARLY });
    }),
);
export type CreatePilotInput = z.infer<typeof createPilotSchema>;

// An edit keeps a start that was accepted when the pilot was created: the mutation checks the start against it.
export const updatePilotSchema = z.preprocess(
  freeDropsAmount,
  z.object({ id: idSchema, expectedVersion: z.number().int().min(0), ...termsFields }).superRefine(checkTerms),
);
export type UpdatePilotInput = z.infer<typeof updatePilotSchema>;
export type PilotTerms = Omit<CreatePilotInput, "matchId">;

const versioned = { id: idSchema, expectedVersion: z.number().int().min(0) };

export const agreePilotSchema = z.object(versioned);
export type AgreePilotInput = z.infer<typeof agreePilotSchema>;

export const cancelPilotSchema = z.object({
  ...versioned,
  reason: requiredText(REASON_MAX, "中止の理由を入力してください", { multiline: true }),
});
export type CancelPilotInput = z.infer<typeof cancelPilotSchema>;

export const midReviewSchema = z.object({
  ...versioned,
  note: requiredText(REVIEW_MAX, "中間レビューの内容を入力してください", { multiline: true }),
});
export type MidReviewInput = z.infer<typeof midReviewSchema>;

export const endReviewSchema = z.object({
  ...versioned,
  results: z
    .array(
      z.object({
        id: idSchema,
        met: requiredEnum(["MET", "NOT_MET"], "達成したかどうかを選んでください"),
        result: requiredText(RESULT_MAX, "結果の数値を入力してください（例：−34 %）"),
      }),
    )
    .min(1)
    .max(CRITERIA_MAX),
  summary: requiredText(REVIEW_MAX, "総括を入力してください", { multiline: true }),
});
export type EndReviewInput = z.infer<typeof endReviewSchema>;

export const pilotNoteSchema = z.object({ id: idSchema, note: optionalText(NOTE_MAX, { multiline: true }) });
export type PilotNoteInput = z.infer<typeof pilotNoteSchema>;

/** The stages from which a pilot may be set up: 商談 or later, never 見送り. */
export const PILOT_STAGES = ["MEETING", "FEASIBILITY", "BUDGETED"] as const;
export const OPEN_PILOT = ["PLANNING", "AGREED"] as const;
