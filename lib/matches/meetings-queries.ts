import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/roles";
import { actingMatchWhere as meetingMatchWhere } from "./sides";
import { MEETING_UNDO_MS } from "./meetings-schema";

/**
 * The meeting log of one match for whoever may log on it (lib/matches/meetings.ts), newest first, with what the
 * viewer may still take back; null when the viewer may not see the log. Staff of another department see the match
 * on the board but not its log: the log is the department's and the company's conversation record.
 */
export async function listMeetings(user: SessionUser | null, matchId: string, now = new Date()) {
  if (!user) return null;
  const m = await db.match.findFirst({
    where: { AND: [{ id: matchId }, meetingMatchWhere(user)] },
    select: {
      id: true,
      meetings: {
        select: {
          id: true,
          heldOn: true,
          participants: true,
          memo: true,
          createdAt: true,
          loggedById: true,
          loggedBy: { select: { name: true, deletedAt: true } },
        },
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      },
    },
  });
  if (!m) return null;
  return {
    matchId: m.id,
    items: m.meetings.map(({ loggedById, loggedBy, ...e }) => ({
      ...e,
      heldOn: e.heldOn.toISOString().slice(0, 10),
      author: loggedBy && !loggedBy.deletedAt ? loggedBy.name : null,
      canDelete:
        (isCoordinator(user) || loggedById === user.id) && now.getTime() - e.createdAt.getTime() <= MEETING_UNDO_MS,
    })),
  };
}
export type MeetingLog = NonNullable<Awaited<ReturnType<typeof listMeetings>>>;

/** The match a thread belongs to, when the viewer may keep its meeting log (the company's way to the log). */
export async function findMeetingMatchForThread(user: SessionUser | null, threadId: string): Promise<string | null> {
  if (!user) return null;
  const m = await db.match.findFirst({
    where: { AND: [{ threadId }, meetingMatchWhere(user)] },
    select: { id: true },
  });
  return m?.id ?? null;
}
