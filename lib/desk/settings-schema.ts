// The desk's settings form (/desk/settings), shared by the client form and the server action.
import { checkbox, requiredInt, z } from "@/lib/fields";

export const FIRST_ANSWER_DAYS = { min: 1, max: 60 } as const;
export const STEP_DAYS = { min: 1, max: 120 } as const;

export const deskSettingsSchema = z.object({
  firstAnswerDays: requiredInt({
    ...FIRST_ANSWER_DAYS,
    message: "初回回答の目安は1〜60の営業日数で入力してください",
  }),
  stepDays: requiredInt({ ...STEP_DAYS, message: "各段階の目安は1〜120の営業日数で入力してください" }),
  publicLog: checkbox,
});

export type DeskSettingsInput = z.input<typeof deskSettingsSchema>;
export type DeskSettings = z.output<typeof deskSettingsSchema>;
