"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { saveBudgetPath } from "./mutations";
import { budgetPathSchema } from "./schema";

export const saveBudgetPathAction = createAction(
  { roles: CAN.viewPipeline, active: true },
  budgetPathSchema,
  async (input, user) => {
    const r = await saveBudgetPath(user, input);
    if (r.ok) revalidatePath(`/pipeline/${input.id}`);
    return r;
  },
);
