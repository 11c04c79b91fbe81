"use server";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { deleteMyAccount } from "./mutations";
import { deleteAccountSchema } from "./schema";

// Next checks the Origin of every server action against the host, so a cross-site form cannot
// trigger this; the password must be typed again as well.
export const deleteMyAccountAction = createAction({ roles: CAN.useOwnAccount }, deleteAccountSchema, (input, user) =>
  deleteMyAccount(user, input),
);
