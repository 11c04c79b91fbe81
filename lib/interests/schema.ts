// Zod schemas for 「興味がある」, screening questions, decisions and introductions. Shared with client
// forms, so nothing server-only may be imported here.
import { cleanText, idSchema, optionalText, requiredId, requiredText, z } from "@/lib/fields";
import { sourceParam } from "@/lib/views/source";

export const MAX_SCREENING_QUESTIONS = 5;
export const QUESTION_MAX = 200;
export const ANSWER_MAX = 1000;
export const MESSAGE_MAX = 2000;
export const REASON_MAX = 1000;
export const SUMMARY_MAX = 2000;

export { idSchema };
const multiline = { multiline: true };

/** The editor sends the whole ordered list; blank rows are dropped so a clerk can leave a box empty. */
export const screeningSchema = z.object({
  challengeId: idSchema,
  questions: z.preprocess(
    (v) => (Array.isArray(v) ? v.filter((q) => !(typeof q === "string" && cleanText(q) === "")) : v),
    z
      .array(requiredText(QUESTION_MAX, "質問を入力してください"), { error: "質問の形式が正しくありません" })
      .max(MAX_SCREENING_QUESTIONS, { error: `質問は${MAX_SCREENING_QUESTIONS}つまでです` }),
  ),
});
export type ScreeningInput = z.infer<typeof screeningSchema>;

export const expressSchema = z.object({
  challengeId: idSchema,
  answers: z
    .array(z.object({ questionId: idSchema, answer: requiredText(ANSWER_MAX, "回答を入力してください", multiline) }), {
      error: "回答の形式が正しくありません",
    })
    .max(MAX_SCREENING_QUESTIONS, { error: "回答の数が正しくありません" }),
  message: optionalText(MESSAGE_MAX, multiline),
  /** ?src= carried from the challenge page (lib/views/source.ts); missing or unknown is "direct", never an error. */
  source: sourceParam.optional(),
});
export type ExpressInput = z.infer<typeof expressSchema>;

export const interestIdInputSchema = z.object({ id: idSchema });

export const declineSchema = z.object({ id: idSchema, reason: optionalText(REASON_MAX, multiline) });
export type DeclineInput = z.infer<typeof declineSchema>;

export const salesOnlySchema = z.object({ id: idSchema, salesOnly: z.boolean() });

export const introduceSchema = z.object({
  challengeId: idSchema,
  companyId: requiredId("紹介する企業を選んでください"),
  summary: requiredText(SUMMARY_MAX, "企業に見せる要約を入力してください", multiline),
});
export type IntroduceInput = z.infer<typeof introduceSchema>;

export const approveSummarySchema = z.object({
  id: idSchema,
  summary: requiredText(SUMMARY_MAX, "要約を入力してください", multiline),
});

/** Answers as stored on Interest.answers: the question text is copied so later edits do not rewrite them. */
export type StoredAnswer = { questionId: string; question: string; answer: string };

/** The first line of an introduction summary: the only private-side text a notification may carry. */
export function summaryTitle(summary: string): string {
  const first =
    summary
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? "";
  return first.length > 60 ? `${first.slice(0, 60)}…` : first;
}
