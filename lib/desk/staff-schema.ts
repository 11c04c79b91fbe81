// The desk flag (官民連携窓口) on a clerk, set by admins (/admin/users/[id]) and by the desk for its colleagues
// (/desk/staff). Shared with the client forms: nothing server-only here.
import { checkbox, requiredId, z } from "@/lib/fields";

export const deskFlagSchema = z.object({
  userId: requiredId("職員を選び直してください", "職員が正しくありません"),
  isDesk: checkbox,
});
export type DeskFlagInput = z.infer<typeof deskFlagSchema>;

/** Why the desk's change of a flag was refused; each has a message in desk.staff.flagRefusals. */
export type DeskFlagRefusal = "last_desk" | "not_colleague";
