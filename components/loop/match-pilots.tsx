import type { SessionUser } from "@/lib/auth/session";

/** A match's pilots (実証実験) on /pipeline/[id]; owner: the pilots helper. */
export async function MatchPilots(_props: { matchId: string; user: SessionUser | null }) {
  return null;
}
