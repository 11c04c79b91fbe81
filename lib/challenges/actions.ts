"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { z } from "@/lib/fields";
import { CAN } from "@/lib/auth/roles";
import {
  closeChallenge,
  publishChallenge,
  reopenChallenge,
  saveChallengeDraft,
  updatePublishedChallenge,
} from "./mutations";
import { challengeDraftSchema, challengeIdInputSchema, challengeIdSchema, challengePublishSchema } from "./schema";

const editors = { roles: CAN.editChallenges, active: true };

function revalidate(id: string) {
  revalidatePath("/challenges");
  revalidatePath(`/challenges/${id}`);
  revalidatePath("/my/challenges");
  revalidatePath("/");
}

// No revalidation: a draft shows on no cached page (every page is dynamic), and a revalidating action
// makes the client refresh its route — which, right after the wizard's replaceState from /new to
// /<id>/edit, rendered the edit route afresh and dropped the wizard's state and its 「下書きを保存しました」.
export const saveChallengeDraftAction = createAction(editors, challengeDraftSchema, (input, user) =>
  saveChallengeDraft(user, input),
);

export const publishChallengeAction = createAction(editors, challengePublishSchema, async (input, user) => {
  const r = await publishChallenge(user, input);
  revalidate(r.id);
  return r;
});

const updateSchema = z.intersection(challengePublishSchema, z.object({ id: challengeIdSchema }));

export const updatePublishedChallengeAction = createAction(editors, updateSchema, async (input, user) => {
  const r = await updatePublishedChallenge(user, input);
  revalidate(r.id);
  return r;
});

export const closeChallengeAction = createAction(editors, challengeIdInputSchema, async ({ id }, user) => {
  const r = await closeChallenge(user, id);
  revalidate(id);
  return r;
});

export const reopenChallengeAction = createAction(editors, challengeIdInputSchema, async ({ id }, user) => {
  const r = await reopenChallenge(user, id);
  revalidate(id);
  return r;
});
