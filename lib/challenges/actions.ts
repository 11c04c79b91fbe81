"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { z } from "@/lib/fields";
import { CAN } from "@/lib/auth/roles";
import { autosaveChallengeDraft } from "./autosave";
import { closeChallenge, publishChallenge, reopenChallenge, updatePublishedChallenge } from "./mutations";
import {
  challengeAutosaveSchema,
  challengeIdInputSchema,
  challengeIdSchema,
  challengePublishSchema,
  revisionGuardSchema,
  type RevisionGuard,
} from "./schema";

const editors = { roles: CAN.editChallenges, active: true };

function revalidate(id: string) {
  revalidatePath("/challenges");
  revalidatePath(`/challenges/${id}`);
  revalidatePath("/my/challenges");
  revalidatePath("/");
}

// No revalidation: a draft shows on no cached page (every page is dynamic), and a revalidating action
// makes the client refresh its route — which, right after the wizard's replaceState from /new to
// /<id>/edit, rendered the edit route afresh and dropped the wizard's state and its 「保存しました」.
// The wizard's autosave and its 「下書き保存」 button both come here.
export const saveChallengeDraftAction = createAction(editors, challengeAutosaveSchema, (input, user) =>
  autosaveChallengeDraft(user, input),
);

const guardOf = ({ revision, baseRevisions }: RevisionGuard): RevisionGuard | undefined =>
  revision ? { revision, baseRevisions } : undefined;

const publishSchema = z.intersection(challengePublishSchema, revisionGuardSchema);

export const publishChallengeAction = createAction(editors, publishSchema, async (input, user) => {
  const r = await publishChallenge(user, input, guardOf(input));
  revalidate(r.id);
  return r;
});

const updateSchema = z.intersection(publishSchema, z.object({ id: challengeIdSchema }));

export const updatePublishedChallengeAction = createAction(editors, updateSchema, async (input, user) => {
  const r = await updatePublishedChallenge(user, input, guardOf(input));
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
