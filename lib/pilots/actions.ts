"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { CAN } from "@/lib/auth/roles";
import {
  agreePilot,
  cancelPilot,
  createPilot,
  recordEndReview,
  recordMidReview,
  savePilotNote,
  updatePilot,
  type PilotOutcome,
} from "./mutations";
import {
  agreePilotSchema,
  cancelPilotSchema,
  createPilotSchema,
  endReviewSchema,
  midReviewSchema,
  pilotNoteSchema,
  updatePilotSchema,
} from "./schema";

// Either side of a match, or a coordinator: who may do what is in the mutations' where clauses (actingMatchWhere).
const signedIn = { roles: CAN.useOwnAccount, active: true };

function revalidate(r: PilotOutcome) {
  if (r.id) revalidatePath(`/pilots/${r.id}`);
  return r;
}

export const createPilotAction = createAction(signedIn, createPilotSchema, async (input, user) => {
  const r = await createPilot(user, input);
  revalidatePath(`/pipeline/${input.matchId}`);
  return r;
});
export const updatePilotAction = createAction(signedIn, updatePilotSchema, async (input, user) =>
  revalidate(await updatePilot(user, input)),
);
export const agreePilotAction = createAction(signedIn, agreePilotSchema, async (input, user) =>
  revalidate(await agreePilot(user, input)),
);
export const cancelPilotAction = createAction(signedIn, cancelPilotSchema, async (input, user) =>
  revalidate(await cancelPilot(user, input)),
);
export const midReviewPilotAction = createAction(signedIn, midReviewSchema, async (input, user) =>
  revalidate(await recordMidReview(user, input)),
);
export const endReviewPilotAction = createAction(signedIn, endReviewSchema, async (input, user) =>
  revalidate(await recordEndReview(user, input)),
);
export const savePilotNoteAction = createAction(signedIn, pilotNoteSchema, async (input, user) =>
  revalidate(await savePilotNote(user, input)),
);
