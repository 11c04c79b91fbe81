import { fiscalYearParam, idSchema, pageParam, requiredId, searchParam, z } from "@/lib/fields";
import { BUDGET_STEPS, MAX_MONTH, type BudgetCalendar, type CalendarStep } from "./defaults";

// Client-safe. The override form is flat (one field per start/end month), so every error lands
// next to the select it is about.

export const STEP_JA: Record<CalendarStep, string> = {
  DEPARTMENT_DRAFT: "部内予算案",
  FINANCE_HEARING: "財政ヒアリング",
  ASSEMBLY: "議会",
  VENDOR_SELECTION: "企業選定",
};

export type MonthKey = `${CalendarStep}_start` | `${CalendarStep}_end`;
export const startKey = (s: CalendarStep) => `${s}_start` as const;
export const endKey = (s: CalendarStep) => `${s}_end` as const;

const month = z
  .number({ error: "月を選んでください" })
  .int({ error: "月を選んでください" })
  .min(0, { error: "選べる範囲の月を選んでください" })
  .max(MAX_MONTH, { error: "選べる範囲の月を選んでください" });

const id = requiredId("自治体が指定されていません");

const shape = { municipalityId: id } as { municipalityId: typeof id } & Record<MonthKey, typeof month>;
for (const s of BUDGET_STEPS) {
  shape[startKey(s)] = month;
  shape[endKey(s)] = month;
}

export const calendarOverrideSchema = z.strictObject(shape).superRefine((v, ctx) => {
  BUDGET_STEPS.forEach((s, i) => {
    const start = v[startKey(s)];
    const end = v[endKey(s)];
    if (start > end)
      ctx.addIssue({
        code: "custom",
        path: [endKey(s)],
        message: `「${STEP_JA[s]}」の終わりは始まりと同じ月か、それより後にしてください`,
      });
    const prev = BUDGET_STEPS[i - 1];
    if (!prev) return;
    if (start < v[startKey(prev)])
      ctx.addIssue({
        code: "custom",
        path: [startKey(s)],
        message: `「${STEP_JA[s]}」は「${STEP_JA[prev]}」より前には始められません（順番どおりにしてください）`,
      });
    if (end < v[endKey(prev)])
      ctx.addIssue({
        code: "custom",
        path: [endKey(s)],
        message: `「${STEP_JA[s]}」は「${STEP_JA[prev]}」より前には終えられません（順番どおりにしてください）`,
      });
  });
});
export type CalendarOverrideInput = z.infer<typeof calendarOverrideSchema>;

export const resetCalendarSchema = z.strictObject({ municipalityId: id });
export type ResetCalendarInput = z.infer<typeof resetCalendarSchema>;

export function calendarFromInput(v: CalendarOverrideInput): BudgetCalendar {
  return Object.fromEntries(
    BUDGET_STEPS.map((s) => [s, { startMonth: v[startKey(s)], endMonth: v[endKey(s)] }]),
  ) as BudgetCalendar;
}

export function inputFromCalendar(municipalityId: string, c: BudgetCalendar): CalendarOverrideInput {
  const out = { municipalityId } as CalendarOverrideInput;
  for (const s of BUDGET_STEPS) {
    out[startKey(s)] = c[s].startMonth;
    out[endKey(s)] = c[s].endMonth;
  }
  return out;
}

// The calendar page's filters come from the URL: anything unreadable falls back to "all".
export const calendarFilterSchema = z.object({
  municipality: searchParam(idSchema),
  /** A coordinator's user id, or "none" for matches nobody is in charge of. */
  coordinator: searchParam(idSchema),
  fy: fiscalYearParam,
  page: pageParam(),
});
export type CalendarFilter = z.infer<typeof calendarFilterSchema>;
