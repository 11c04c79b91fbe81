import type { SessionUser } from "@/lib/auth/session";

/** 「Kyoso Hub から生まれた事例」 on a case page; owner: the case helper. */
export async function CaseOrigin(_props: { caseId: string; user: SessionUser | null }) {
  return null;
}
