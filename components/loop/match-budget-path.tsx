import type { SessionUser } from "@/lib/auth/session";

/** The path to a budget on /pipeline/[id]; owner: the budget helper. */
export async function MatchBudgetPath(_props: { matchId: string; user: SessionUser | null }) {
  return null;
}
