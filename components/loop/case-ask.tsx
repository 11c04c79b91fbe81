import type { SessionUser } from "@/lib/auth/session";

/** A question to the municipality that ran the case, on a case page; owner: the peer-question helper. */
export async function CaseAsk(_props: { caseId: string; user: SessionUser | null }) {
  return null;
}
