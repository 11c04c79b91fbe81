import type { SessionUser } from "@/lib/auth/session";

/** The case written up from the match on /pipeline/[id]; owner: the case helper. */
export async function MatchCase(_props: { matchId: string; user: SessionUser | null }) {
  return null;
}
