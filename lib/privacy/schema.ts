// Account deletion form, shared with the client: nothing server-only here.
import { z } from "@/lib/fields";

/** Typed by the user to show they mean it; compared exactly. */
export const DELETE_CONFIRM_WORD = "退会する";

export const deleteAccountSchema = z.object({
  password: z
    .string({ error: "パスワードを入力してください" })
    .min(1, { error: "パスワードを入力してください" })
    .max(200),
  confirm: z.string().refine((v) => v.trim() === DELETE_CONFIRM_WORD, {
    error: `確認のため「${DELETE_CONFIRM_WORD}」と入力してください`,
  }),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

/** Shown as the author of messages whose writer has left. */
export const DELETED_USER_NAME = "退会したユーザー";
