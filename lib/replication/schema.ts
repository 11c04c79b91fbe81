import { idSchema, z } from "@/lib/fields";

/** 「この事例を自分のまちでも」 on a case page. */
export const replicateInputSchema = z.object({ caseId: idSchema });
export type ReplicateInput = z.infer<typeof replicateInputSchema>;

/** 「招待する」: one of the source case's partner companies, to one published challenge started from it. */
export const inviteInputSchema = z.object({ challengeId: idSchema, companyId: idSchema });
export type InviteInput = z.infer<typeof inviteInputSchema>;
