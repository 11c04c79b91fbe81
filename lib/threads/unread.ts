import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { visibleThreadSql } from "./visibility";

// Unread = messages in a visible thread, written by someone else (or by a deleted user), newer than
// the user's ThreadRead.lastReadAt (all of them when the user never opened the thread).
// Prisma cannot compare a column with a joined row's column, so this one read is SQL; its
// visibility filter is visibleThreadSql, the same rule as visibleThreadWhere.
const unreadCondition = (userId: string) => Prisma.sql`
  (m."authorId" IS NULL OR m."authorId" <> ${userId})
  AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")`;

/** Unread messages per thread, for the given thread ids (a page of the list). */
export async function unreadByThread(user: SessionUser | null, threadIds: string[]): Promise<Map<string, number>> {
  const scope = visibleThreadSql(user);
  if (!user || !scope || threadIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ threadId: string; n: bigint }[]>`
    SELECT m."threadId" AS "threadId", count(*) AS n
    FROM "Message" m
    JOIN "Thread" t ON t.id = m."threadId"
    LEFT JOIN "ThreadRead" r ON r."threadId" = m."threadId" AND r."userId" = ${user.id}
    WHERE m."threadId" = ANY(${threadIds}) AND ${scope} AND ${unreadCondition(user.id)}
    GROUP BY m."threadId"`;
  return new Map(rows.map((r) => [r.threadId, Number(r.n)]));
}

/** Total unread messages for the header link. 0 when signed out or pending. */
export async function countUnreadMessages(user: SessionUser | null): Promise<number> {
  const scope = visibleThreadSql(user);
  if (!user || !scope) return 0;
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n
    FROM "Message" m
    JOIN "Thread" t ON t.id = m."threadId"
    LEFT JOIN "ThreadRead" r ON r."threadId" = m."threadId" AND r."userId" = ${user.id}
    WHERE ${scope} AND ${unreadCondition(user.id)}`;
  return Number(row?.n ?? 0);
}
