import type { SessionUser } from "@/lib/auth/session";

/** The pilots of the thread's match, for the company (it has no match page); owner: the pilots helper. */
export async function ThreadPilots(_props: { threadId: string; user: SessionUser | null }) {
  return null;
}
