import { idSchema, pageParam, uniqueList, z } from "@/lib/fields";

// Shared with the client forms: no server imports here.
export const ALERT_KINDS = ["CONSULTATION", "THEME_PROPOSAL", "FREE_PROPOSAL", "PROGRAM"] as const;
export const EMAIL_MODES = ["IMMEDIATE", "DAILY_DIGEST", "OFF"] as const;
const prefectureCode = z
  .string()
  .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, { error: "都道府県の選び方が正しくありません" });

/** Empty lists mean "any". Theme ids are checked against the Theme table in the mutation. */
export const alertPreferenceSchema = z.object({
  challengeAlerts: z.boolean().default(true),
  themeIds: uniqueList(idSchema, 50),
  prefectureCodes: uniqueList(prefectureCode, 47),
  kinds: uniqueList(z.enum(ALERT_KINDS, { error: "課題の種類の選び方が正しくありません" }), ALERT_KINDS.length),
  emailMode: z.enum(EMAIL_MODES, { error: "メールの受け取り方を選んでください" }),
});
export type AlertPreferenceInput = z.infer<typeof alertPreferenceSchema>;

export const notificationIdSchema = z.object({ id: idSchema });

export const unsubscribeTokenSchema = z
  .string()
  .min(10)
  .max(64)
  .regex(/^[a-z0-9]+$/i);

export const notificationListParams = z.object({ page: pageParam() });

/** The language notifications and e-mail reach the user in (User.locale), saved by the language switch. */
export const readerLocaleSchema = z.object({
  locale: z.enum(["ja", "en"], { error: "言語の選び方が正しくありません" }),
});
