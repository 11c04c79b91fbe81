import type { SessionUser } from "@/lib/auth/session";

/** 「この事例を自分のまちでも」 on a case page; owner: the replication helper. */
export async function CaseReplicate(_props: { caseId: string; user: SessionUser | null }) {
  return null;
}
