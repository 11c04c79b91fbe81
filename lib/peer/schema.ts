// Zod schemas of the questions between municipalities (自治体間の質問). Shared with client forms: nothing server-only.
import { idSchema, requiredText, z } from "@/lib/fields";

export const SUBJECT_MAX = 100;
export const BODY_MAX = 4000;

const body = requiredText(BODY_MAX, "質問や回答の本文を入力してください", { multiline: true });

/** 「実施自治体に質問する」 on a case page: the question's subject and its first message. */
export const askSchema = z.object({
  caseId: idSchema,
  subject: requiredText(SUBJECT_MAX, "件名を入力してください"),
  body,
});
export type AskInput = z.infer<typeof askSchema>;

/** A message in the conversation, from either municipality. */
export const replySchema = z.object({ questionId: idSchema, body });
export type ReplyInput = z.infer<typeof replySchema>;

/** The asking side ends the conversation (it stays readable). */
export const closeSchema = z.object({ questionId: idSchema });

export const peerIdSchema = idSchema;

export const PEER_STATUSES = ["OPEN", "ANSWERED", "CLOSED"] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

/** New questions one clerk may start in a day: enough for real work, not for writing to every town at once. */
export const ASK_LIMIT = { max: 10, windowMs: 24 * 60 * 60 * 1000 };
export const askKey = (userId: string) => `peer:ask:${userId}`;
