// Zod schemas for 「興味がある」, screening questions, decisions and introductions. Shared with client
// forms, so nothing server-only may be imported here.
import { z } from "@/lib/validation";

export const MAX_SCREENING_QUESTIONS = 5;
export const QUESTION_MAX = 200;
export const ANSWER_MAX = 1000;
export const MESSAGE_MAX = 2000;
export const REASON_MAX = 1000;
export const SUMMARY_MAX = 2000;

/** cuid() ids and the fixed ids of seeded rows. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "IDが正しくありません" });

// PostgreSQL text cannot hold NUL, and other control characters are never meant; drop them.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
const required = (max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? clean(v) : v),
    z
      .string({ error: message })
      .min(1, { error: message })
      .max(max, { error: `${max}文字以内で入力してください` }),
  );
const optional = (max: number) =>
  z.preprocess(
    (v) =>
      v === null || (typeof v === "string" && clean(v) === "") ? undefined : typeof v === "string" ? clean(v) : v,
    z
      .string()
      .max(max, { error: `${max}文字以内で入力してください` })
      .optional(),
  );

/** The editor sends the whole ordered list; blank rows are dropped so a clerk can leave a box empty. */
export const screeningSchema = z.object({
  challengeId: idSchema,
  questions: z.preprocess(
    (v) => (Array.isArray(v) ? v.filter((q) => !(typeof q === "string" && clean(q) === "")) : v),
    z
      .array(required(QUESTION_MAX, "質問を入力してください"), { error: "質問の形式が正しくありません" })
      .max(MAX_SCREENING_QUESTIONS, { error: `質問は${MAX_SCREENING_QUESTIONS}つまでです` }),
  ),
});
export type ScreeningInput = z.infer<typeof screeningSchema>;

export const expressSchema = z.object({
  challengeId: idSchema,
  answers: z
    .array(z.object({ questionId: idSchema, answer: required(ANSWER_MAX, "回答を入力してください") }), {
      error: "回答の形式が正しくありません",
    })
    .max(MAX_SCREENING_QUESTIONS, { error: "回答の数が正しくありません" }),
  message: optional(MESSAGE_MAX),
});
export type ExpressInput = z.infer<typeof expressSchema>;

export const interestIdInputSchema = z.object({ id: idSchema });

export const declineSchema = z.object({ id: idSchema, reason: optional(REASON_MAX) });
export type DeclineInput = z.infer<typeof declineSchema>;

export const salesOnlySchema = z.object({ id: idSchema, salesOnly: z.boolean() });

export const introduceSchema = z.object({
  challengeId: idSchema,
  companyId: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string({ error: "紹介する企業を選んでください" })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "紹介する企業を選んでください" }),
  ),
  summary: required(SUMMARY_MAX, "企業に見せる要約を入力してください"),
});
export type IntroduceInput = z.infer<typeof introduceSchema>;

export const approveSummarySchema = z.object({
  id: idSchema,
  summary: required(SUMMARY_MAX, "要約を入力してください"),
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
