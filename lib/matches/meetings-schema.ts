// The meeting log of a match (「所管部署とMTG済」, issue 17 §3). Shared with the client form: nothing server-only here.
import { dateSchema, idSchema, optionalText, requiredText, z } from "@/lib/fields";

export const PARTICIPANTS_MAX = 200;
export const MEMO_MAX = 2000;
/** A meeting entry may be taken back by its author or a coordinator this long after it was logged. */
export const MEETING_UNDO_MS = 24 * 3600_000;

/** Today's date in Japan as "YYYY-MM-DD": a meeting is logged once it has happened, never ahead. */
export const todayJst = (now = new Date()) => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

export const logMeetingSchema = z.object({
  matchId: idSchema,
  heldOn: dateSchema.refine((d) => d <= todayJst(), { error: "まだ来ていない日付は記録できません" }),
  participants: requiredText(PARTICIPANTS_MAX, "参加者を入力してください"),
  memo: optionalText(MEMO_MAX, { multiline: true }),
});
export type LogMeetingInput = z.infer<typeof logMeetingSchema>;

export const deleteMeetingSchema = z.object({ id: idSchema });
export type DeleteMeetingInput = z.infer<typeof deleteMeetingSchema>;
