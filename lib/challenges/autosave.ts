import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { errorCodeOf } from "@/lib/errors";
import { createChallenge, savedSelect, writeChallenge, type Saved } from "./mutations";
import type { ChallengeAutosaveInput, RevisionGuard } from "./schema";

/**
 * stale: another tab (or person) saved a newer version since this one was loaded; nothing was
 * written and the wizard asks before overwriting. not_draft: the draft was published or closed
 * meanwhile, so half-typed text must not go live through an autosave.
 */
export type AutosaveResult = ({ ok: true } & Saved) | { ok: false; reason: "stale" | "not_draft" };

/**
 * The wizard's autosave (issue 16 §2). The first save creates the draft, every later one updates
 * it. Each save carries a fresh token (`revision`) and the tokens it builds on (`baseRevisions`):
 * - the same first save sent twice at once creates one row (revision is unique);
 * - a first save whose answer was lost is found again by its token, so the retry updates it
 *   instead of creating a second draft;
 * - a save from a tab that has not seen the latest version is refused as stale.
 */
export async function autosaveChallengeDraft(
  user: SessionUser | null,
  input: ChallengeAutosaveInput,
): Promise<AutosaveResult> {
  const { revision, baseRevisions, ...content } = input;
  const guard = revision ? { revision, baseRevisions } : undefined;
  const target = content.id ?? (guard ? (await findOwnDraft(user, guard))?.id : undefined);
  if (target) {
    const r = await writeChallenge(user, target, content, { from: ["DRAFT"], guard });
    if ("refused" in r) return { ok: false, reason: r.refused === "stale" ? "stale" : "not_draft" };
    return { ok: true, ...r };
  }
  try {
    return { ok: true, ...(await createChallenge(user, content, "DRAFT", revision)) };
  } catch (e) {
    if (!revision || errorCodeOf(e) !== "ALREADY_EXISTS") throw e;
    const winner = await findOwnDraft(user, { revision, baseRevisions: [] });
    if (!winner) throw e;
    return { ok: true, id: winner.id, revision: winner.revision, savedAt: winner.updatedAt.toISOString() };
  }
}

/** The caller's own draft at one of these versions: a first save that already reached the database. */
async function findOwnDraft(user: SessionUser | null, guard: RevisionGuard) {
  const author = assertRole(user, CAN.postChallenges, { active: true });
  const tokens = [guard.revision, ...guard.baseRevisions].filter((t): t is string => !!t);
  return db.challenge.findFirst({
    where: { authorId: author.id, status: "DRAFT", revision: { in: tokens } },
    select: savedSelect,
  });
}
