// The desk's staff invitations (/desk/staff) and the invitee's form (/join/[token]), shared with the client forms:
// nothing server-only here.
import { passwordSchema } from "@/lib/accounts/schema";
import { emailSchema, idSchema, optionalId, optionalText, requiredText, z } from "@/lib/fields";

/** A link is good for 14 days: a colleague on leave or at a 議会 week still finds it open. */
export const INVITATION_DAYS = 14;
export const INVITATION_LINK_MS = INVITATION_DAYS * 24 * 60 * 60_000;

/** The token in /join/<token>: base64url of 32 random bytes. */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** An existing 課 of the desk's municipality, or a new name typed (created on sending); one of the two. */
export const inviteSchema = z
  .object({
    email: emailSchema,
    departmentId: optionalId("部署を選び直してください"),
    newDepartment: optionalText(100),
    /** The theme call the colleague is invited for (its title is shown on the join page). */
    callId: optionalId("募集を選び直してください"),
  })
  .superRefine((v, ctx) => {
    if (v.departmentId && v.newDepartment)
      ctx.addIssue({
        code: "custom",
        path: ["newDepartment"],
        message: "既存の部署を選ぶか、新しい部署名を入力するか、どちらか一方にしてください",
      });
    else if (!v.departmentId && !v.newDepartment)
      ctx.addIssue({ code: "custom", path: ["departmentId"], message: "部署を選ぶか、新しい部署名を入力してください" });
  });
export type InviteInput = z.infer<typeof inviteSchema>;

export const revokeInvitationSchema = z.object({ id: idSchema });
export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;

export const joinSchema = z.object({
  token: invitationToken,
  name: requiredText(60, "お名前を入力してください"),
  password: passwordSchema,
});
export type JoinInput = z.infer<typeof joinSchema>;

/** Why the desk's invitation was not sent; each has a message in desk.staff.refusals. */
export type InviteRefusal = "already_registered" | "throttled";
