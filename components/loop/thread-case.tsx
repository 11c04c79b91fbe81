import type { SessionUser } from "@/lib/auth/session";

/** A case about the thread's match waiting for the company's approval; owner: the case helper. */
export async function ThreadCase(_props: { threadId: string; user: SessionUser | null }) {
  return null;
}
