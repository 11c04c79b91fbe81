import type { SessionUser } from "@/lib/auth/session";
import { listPilotsForThread } from "@/lib/pilots/queries";
import { PilotList } from "./pilot-list";

/** The pilots of the thread's match, for the company (it has no match page) and anyone else who reads them. */
export async function ThreadPilots({ threadId, user }: { threadId: string; user: SessionUser | null }) {
  const list = await listPilotsForThread(user, threadId);
  return list ? <PilotList list={list} /> : null;
}
