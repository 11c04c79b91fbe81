import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { COORDINATION_ROLES } from "@/lib/auth/roles";
import { sideOf } from "./visibility";

type Tx = Prisma.TransactionClient;
type ThreadForRecipients = {
  id: string;
  municipalityId: string;
  companyId: string;
  departmentId: string | null;
  createdById: string | null;
  challenge: { authorId: string } | null;
};

/**
 * Who hears about a new message. Everyone on the other side may READ the thread (visibility.ts),
 * but pinging a whole 市役所 for every message would bury the people who matter, so:
 * - company side: every active member of the company;
 * - municipality side: staff who opened the thread or wrote in it, the challenge's author and the
 *   thread's department; the whole municipality only if none of those are left (e.g. all moved away);
 * - coordinators: only those who have written in the thread (never every coordinator).
 * The author's own side is not notified; its members see the unread count anyway.
 */
export async function messageRecipientIds(tx: Tx, thread: ThreadForRecipients, author: SessionUser): Promise<string[]> {
  const side = sideOf(author);
  const posted = (
    await tx.message.findMany({
      where: { threadId: thread.id, authorId: { not: null } },
      distinct: ["authorId"],
      select: { authorId: true },
    })
  ).map((m) => m.authorId!);
  const ids = new Set<string>();

  if (side !== "company") {
    const members = await tx.user.findMany({
      where: { role: "COMPANY_MEMBER", status: "ACTIVE", memberships: { some: { organizationId: thread.companyId } } },
      select: { id: true },
    });
    members.forEach((m) => ids.add(m.id));
  }
  if (side !== "municipality") {
    const staffWhere = {
      role: "MUNICIPAL_STAFF" as const,
      status: "ACTIVE" as const,
      memberships: { some: { organizationId: thread.municipalityId } },
    };
    const involved = [thread.createdById, thread.challenge?.authorId, ...posted].filter((x): x is string => !!x);
    const close = await tx.user.findMany({
      where: {
        ...staffWhere,
        OR: [
          { id: { in: involved } },
          ...(thread.departmentId
            ? [{ memberships: { some: { organizationId: thread.municipalityId, departmentId: thread.departmentId } } }]
            : []),
        ],
      },
      select: { id: true },
    });
    const staff = close.length > 0 ? close : await tx.user.findMany({ where: staffWhere, select: { id: true } });
    staff.forEach((s) => ids.add(s.id));
  }
  const coordinators = await tx.user.findMany({
    where: { id: { in: posted }, role: { in: [...COORDINATION_ROLES] }, status: "ACTIVE" },
    select: { id: true },
  });
  coordinators.forEach((c) => ids.add(c.id));

  ids.delete(author.id);
  return [...ids];
}
