"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import { postMessage } from "./mutations";
import { postMessageFormSchema } from "./schema";

const SIGNED_IN = { roles: CAN.useOwnAccount, active: true };

/** Takes FormData (text + files) from the reply form. */
export const postMessageAction = createAction(SIGNED_IN, postMessageFormSchema, async (input, user) => {
  const r = await postMessage(user, input);
  if (r.ok) {
    revalidatePath(`/messages/${input.threadId}`);
    revalidatePath("/messages");
  }
  return r;
});
