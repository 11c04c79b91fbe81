import type { SessionUser } from "@/lib/auth/session";
import { listPilotsForMatch } from "@/lib/pilots/queries";
import { PilotList } from "./pilot-list";

/** A match's pilots (実証実験) on /pipeline/[id], with 「実証実験を設定する」 where the viewer acts on the match. */
export async function MatchPilots({ matchId, user }: { matchId: string; user: SessionUser | null }) {
  const list = await listPilotsForMatch(user, matchId);
  return list ? <PilotList list={list} /> : null;
}
