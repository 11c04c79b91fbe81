// Inputs of the case-from-match actions; shared with the client forms.
import { idSchema, optionalText, requiredText, z } from "@/lib/fields";

export const matchCaseCreateSchema = z.object({ matchId: idSchema });
export const caseRefSchema = z.object({ id: idSchema });
/** The version the user read: the rule is that nobody asks, approves or answers about a text they did not see. */
const version = z.coerce.number().int().min(0).max(1_000_000);
export const caseVersionSchema = z.object({ id: idSchema, version });

export const APPROVAL_COMMENT_MAX = 2000;
export const approvalAnswerSchema = z.discriminatedUnion("decision", [
  z.object({ id: idSchema, version, decision: z.literal("approve"), comment: optionalText(APPROVAL_COMMENT_MAX) }),
  z.object({
    id: idSchema,
    version,
    decision: z.literal("changes"),
    comment: requiredText(APPROVAL_COMMENT_MAX, "直してほしい点を書いてください", { multiline: true }),
  }),
]);
export type ApprovalAnswerInput = z.infer<typeof approvalAnswerSchema>;
