import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { unreadByThread } from "./unread";
import type { ThreadKind } from "@/lib/generated/prisma/client";
import { visibleThreadSql, visibleThreadWhere } from "./visibility";
import { seeableChallengeIds } from "@/lib/interests/access";

export { countUnreadMessages } from "./unread";

export const THREAD_PAGE_SIZE = 20;

/**
 * A thread about a challenge the viewer may no longer see (made private after the company showed
 * interest) keeps its conversation but loses the challenge: no link, and no subject either, since the
 * subject was copied from the challenge's title when the thread opened. Pages show 「非公開になった課題」.
 */
async function withoutHiddenChallenges<T extends { subject: string; challenge: { id: string; title: string } | null }>(
  user: SessionUser | null,
  rows: T[],
): Promise<(Omit<T, "subject"> & { subject: string | null })[]> {
  const seeable = await seeableChallengeIds(
    user,
    rows.map((r) => r.challenge?.id),
  );
  return rows.map((r) => (!r.challenge || seeable.has(r.challenge.id) ? r : { ...r, subject: null, challenge: null }));
}

/** The user's threads, newest activity first, with the unread count of each. */
export async function listThreads(user: SessionUser | null, opts: { page?: number } = {}) {
  const page = Math.max(1, opts.page ?? 1);
  const where = visibleThreadWhere(user);
  const [rows, total] = await Promise.all([
    db.thread.findMany({
      where,
      orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * THREAD_PAGE_SIZE,
      take: THREAD_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        subject: true,
        lastMessageAt: true,
        municipality: { select: { name: true } },
        department: { select: { name: true } },
        company: { select: { name: true } },
        challenge: { select: { id: true, title: true } },
      },
    }),
    db.thread.count({ where }),
  ]);
  const unread = await unreadByThread(
    user,
    rows.map((r) => r.id),
  );
  const items = (await withoutHiddenChallenges(user, rows)).map((r) => ({ ...r, unread: unread.get(r.id) ?? 0 }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / THREAD_PAGE_SIZE)) };
}

type Named = { name: string };
type ThreadMessage = {
  id: string;
  body: string;
  createdAt: Date;
  authorId: string | null;
  author: { name: string; role: string; memberships: { organization: Named; department: Named | null }[] } | null;
  documents: { id: string; fileName: string; mimeType: string; size: number }[];
};
type ThreadRow = {
  id: string;
  kind: ThreadKind;
  subject: string;
  lastMessageAt: Date;
  createdAt: Date;
  municipality: Named;
  department: Named | null;
  company: Named;
  challenge: { id: string; title: string } | null;
  messages: (Omit<ThreadMessage, "createdAt"> & { createdAt: string })[];
};

/**
 * One thread with its messages (oldest first) and documents; null when the user may not see it.
 * One statement (the visibility rule in its WHERE): Prisma's nested select took a round trip per
 * relation — thread, its four names, messages, authors, memberships, their organisations and
 * departments, documents — eleven in a row, each queued again behind other requests under load.
 */
export async function getThread(user: SessionUser | null, id: string) {
  const scope = visibleThreadSql(user);
  if (!scope) return null;
  const [row] = await db.$queryRaw<ThreadRow[]>`
    SELECT t.id, t.kind::text AS kind, t.subject, t."lastMessageAt", t."createdAt",
      json_build_object('name', mo.name) AS municipality,
      CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('name', d.name) END AS department,
      json_build_object('name', co.name) AS company,
      CASE WHEN ch.id IS NULL THEN NULL ELSE json_build_object('id', ch.id, 'title', ch.title) END AS challenge,
      coalesce((
        SELECT json_agg(json_build_object(
            'id', m.id, 'body', m.body, 'createdAt', to_char(m."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'authorId', m."authorId",
            'author', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('name', u.name, 'role', u.role, 'memberships', coalesce(ms.list, '[]'::json)) END,
            'documents', coalesce(docs.list, '[]'::json))
          ORDER BY m."createdAt", m.id)
        FROM "Message" m
        LEFT JOIN "User" u ON u.id = m."authorId"
        LEFT JOIN LATERAL (
          SELECT json_agg(json_build_object('organization', json_build_object('name', o.name),
              'department', CASE WHEN dd.id IS NULL THEN NULL ELSE json_build_object('name', dd.name) END)) AS list
          FROM (SELECT "organizationId", "departmentId" FROM "Membership" WHERE "userId" = u.id ORDER BY "createdAt", id LIMIT 1) mm
          JOIN "Organization" o ON o.id = mm."organizationId" LEFT JOIN "Department" dd ON dd.id = mm."departmentId") ms ON true
        LEFT JOIN LATERAL (
          SELECT json_agg(json_build_object('id', x.id, 'fileName', x."fileName", 'mimeType', x."mimeType", 'size', x.size) ORDER BY x."createdAt", x.id) AS list
          FROM "Document" x WHERE x."threadId" = t.id AND x."messageId" = m.id) docs ON true
        WHERE m."threadId" = t.id), '[]'::json) AS messages
    FROM "Thread" t
    JOIN "Organization" mo ON mo.id = t."municipalityId"
    LEFT JOIN "Department" d ON d.id = t."departmentId"
    JOIN "Organization" co ON co.id = t."companyId"
    LEFT JOIN "Challenge" ch ON ch.id = t."challengeId"
    WHERE t.id = ${id} AND ${scope}`;
  if (!row) return null;
  const [shown] = await withoutHiddenChallenges(user, [row]);
  return { ...shown, messages: row.messages.map((m): ThreadMessage => ({ ...m, createdAt: new Date(m.createdAt) })) };
}
export type ThreadView = NonNullable<Awaited<ReturnType<typeof getThread>>>;

/** A document the user may download: its thread must be visible to them, in the same query. */
export async function getDocumentForDownload(user: SessionUser | null, id: string) {
  if (!user) return null;
  return db.document.findFirst({
    where: { id, thread: visibleThreadWhere(user) },
    select: { id: true, fileName: true, mimeType: true, size: true, storageKey: true },
  });
}
