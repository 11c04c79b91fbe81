"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { createCase, updateCase } from "./mutations";
import { caseInputSchema, caseUpdateSchema } from "./schema";

const editors = { roles: CAN.editCases, active: true };

function revalidate(id: string) {
  revalidatePath("/cases");
  revalidatePath(`/cases/${id}`);
  revalidatePath("/");
}

export const createCaseAction = createAction(editors, caseInputSchema, async (input, user) => {
  const r = await createCase(user, input);
  revalidate(r.id);
  return r;
});

export const updateCaseAction = createAction(editors, caseUpdateSchema, async (input, user) => {
  const r = await updateCase(user, input);
  revalidate(r.id);
  return r;
});
