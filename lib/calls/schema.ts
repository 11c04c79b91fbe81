// Zod schemas of 庁内課題募集 (theme calls), shared with the client forms: nothing server-only here.
import { dateSchema, idSchema, optionalText, requiredId, requiredText, uniqueList, z } from "@/lib/fields";

export const TITLE_MAX = 100;
export const NOTE_MAX = 1000;
export const ANSWER_MAX = 4000;
export const QUESTION_MAX = 1000;
export const DEPARTMENT_NAME_MAX = 60;
/** A municipality has a few dozen 課; a call to more than this is a mistake, not a call. */
export const ASK_MAX = 50;

/** Today's date in Japan as "YYYY-MM-DD": a deadline is a Japanese calendar day, whatever the server's zone. */
export function todayInJapan(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

export const callIdSchema = idSchema;

// The form-wide checks run even when a field failed (`when`), so the desk sees every error at once.
const always = { when: () => true };

export const createCallSchema = z
  .object({
    themeId: requiredId("テーマを選んでください", "テーマを選び直してください"),
    title: requiredText(TITLE_MAX, "募集のタイトルを入力してください（例：窓口DXで困っていること）"),
    deadline: z
      .preprocess((v) => (v === "" ? undefined : v), dateSchema)
      .refine((d) => d >= todayInJapan(), { error: "締切は今日以降の日付にしてください" }),
    note: optionalText(NOTE_MAX, { multiline: true }),
    departmentIds: uniqueList(idSchema, ASK_MAX, "部署を選び直してください"),
    newDepartment: optionalText(DEPARTMENT_NAME_MAX),
  })
  .refine(
    (v) => {
      const ids = (v as { departmentIds?: unknown }).departmentIds;
      return (Array.isArray(ids) && ids.length > 0) || !!(v as { newDepartment?: unknown }).newDepartment;
    },
    { path: ["departmentIds"], error: "依頼する部署を1つ以上選ぶか、部署名を入力してください", ...always },
  );
export type CreateCallInput = z.infer<typeof createCallSchema>;
export type CreateCallValues = z.input<typeof createCallSchema>;

const answerFields = {
  trouble: requiredText(ANSWER_MAX, "困っていることを書いてください。箇条書きやメモ書きでも大丈夫です", {
    multiline: true,
  }),
  tried: optionalText(ANSWER_MAX, { multiline: true }),
  expectation: optionalText(ANSWER_MAX, { multiline: true }),
};

/** The department's three questions; only the first is required, rough answers welcome. */
export const answerSchema = z.object({ callId: callIdSchema, ...answerFields });
export type AnswerInput = z.infer<typeof answerSchema>;
export type AnswerValues = z.input<typeof answerSchema>;

const version = z.coerce.number({ error: "画面を読み込み直してください" }).int().min(0).max(1_000_000);

/** An edit names the version it was made from, so a colleague's newer edit is not overwritten. */
export const editAnswerSchema = z.object({ answerId: idSchema, version, ...answerFields });
export type EditAnswerInput = z.infer<typeof editAnswerSchema>;

export const callRefSchema = z.object({ callId: callIdSchema });
export const remindSchema = z.object({ callId: callIdSchema, departmentId: idSchema });
export const mergeSchema = z
  .object({ answerId: idSchema, intoId: requiredId("まとめ先の回答を選んでください") })
  .refine((v) => v.answerId !== v.intoId, { path: ["intoId"], message: "別の回答を選んでください" });
export const askBackSchema = z.object({
  answerId: idSchema,
  question: requiredText(QUESTION_MAX, "部署に確認したいことを書いてください", { multiline: true }),
});
export const turnSchema = z.object({ answerId: idSchema, version });
