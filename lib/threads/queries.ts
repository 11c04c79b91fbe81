import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { unreadByThread } from "./unread";
import { visibleThreadWhere } from "./visibility";

export { countUnreadMessages } from "./unread";

export const THREAD_PAGE_SIZE = 20;

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
        id: true, kind: true, subject: true, lastMessageAt: true,
        municipality: { select: { name: true } },
        department: { select: { name: true } },
        company: { select: { name: true } },
        challenge: { select: { id: true, title: true } },
      },
    }),
    db.thread.count({ where }),
  ]);
  const unread = await unreadByThread(user, rows.map((r) => r.id));
  const items = rows.map((r) => ({ ...r, unread: unread.get(r.id) ?? 0 }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / THREAD_PAGE_SIZE)) };
}

/** One thread with its messages (oldest first) and documents; null when the user may not see it. */
export async function getThread(user: SessionUser | null, id: string) {
  return db.thread.findFirst({
    where: { id, ...visibleThreadWhere(user) },
    select: {
      id: true, kind: true, subject: true, lastMessageAt: true, createdAt: true,
      municipality: { select: { name: true } },
      department: { select: { name: true } },
      company: { select: { name: true } },
      challenge: { select: { id: true, title: true } },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, body: true, createdAt: true, authorId: true,
          author: {
            select: {
              name: true, role: true,
              memberships: { take: 1, orderBy: { createdAt: "asc" }, select: { organization: { select: { name: true } }, department: { select: { name: true } } } },
            },
          },
          documents: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, size: true } },
        },
      },
    },
  });
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
