"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { handOver } from "./handover";
import { deskFlagSchema } from "@/lib/desk/staff-schema";
import { changeRole, moveDepartment, reactivateUser, setDeskFlag, suspendUser } from "./mutations";
import { changeRoleSchema, handoverSchema, moveDepartmentSchema, reactivateSchema, suspendSchema } from "./schema";

const admins = { roles: CAN.administer, active: true } as const;

function revalidateUser(id: string) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${id}`);
}

export const changeRoleAction = createAction(admins, changeRoleSchema, async (input, user) => {
  const r = await changeRole(user, input);
  revalidateUser(input.userId);
  return r;
});

export const suspendUserAction = createAction(admins, suspendSchema, async (input, user) => {
  const r = await suspendUser(user, input);
  revalidateUser(input.userId);
  return r;
});

export const reactivateUserAction = createAction(admins, reactivateSchema, async (input, user) => {
  const r = await reactivateUser(user, input);
  revalidateUser(input.userId);
  return r;
});

export const moveDepartmentAction = createAction(admins, moveDepartmentSchema, async (input, user) => {
  const r = await moveDepartment(user, input);
  revalidateUser(input.userId);
  return r;
});

export const handOverAction = createAction(admins, handoverSchema, async (input, user) => {
  const r = await handOver(user, input);
  revalidateUser(input.fromId);
  revalidatePath(`/admin/users/${input.toId}`);
  revalidatePath("/my/challenges");
  return r;
});

export const setDeskFlagAction = createAction(admins, deskFlagSchema, async (input, user) => {
  const r = await setDeskFlag(user, input);
  revalidateUser(input.userId);
  revalidatePath("/desk/staff");
  return r;
});
