import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/roles";
import type { PeerQuestionStatus } from "@/lib/generated/prisma/enums";
import { activeStaffOf, peerOrgOf, peerQuestionWhere, sideOf, type PeerSide } from "./access";

const LIST_MAX = 200;

/**
 * What the case page offers the viewer: null where it offers nothing (signed out, companies, coordinators, pending
 * staff, the case's own municipality, an unpublished case); otherwise the viewer's open question on it, if any.
 */
export async function getAskState(user: SessionUser | null, caseId: string) {
  const org = peerOrgOf(user);
  if (!org) return null;
  const c = await db.case.findFirst({
    where: { id: caseId, published: true, municipalityId: { not: org } },
    select: {
      municipality: { select: { name: true } },
      peerQuestions: {
        // A clerk who moved to another town asks afresh for the new one: the old town's question is not theirs to open.
        where: { askerId: user!.id, fromMunicipalityId: org, status: { not: "CLOSED" } },
        select: { id: true, subject: true },
        take: 1,
      },
    },
  });
  if (!c) return null;
  return { municipality: c.municipality.name, open: c.peerQuestions[0] ?? null };
}

export type PeerListItem = {
  id: string;
  subject: string;
  status: PeerQuestionStatus;
  lastMessageAt: Date;
  caseTitle: string;
  caseId: string;
  other: string;
  unread: boolean;
};

/** /peer: the questions my municipality received and sent, unread first, then the latest message first. */
export async function listPeerQuestions(user: SessionUser | null): Promise<{
  received: PeerListItem[];
  sent: PeerListItem[];
}> {
  const org = peerOrgOf(user);
  if (!org) return { received: [], sent: [] };
  const rows = await db.peerQuestion.findMany({
    where: peerQuestionWhere(user),
    orderBy: [{ lastMessageAt: "desc" }, { id: "asc" }],
    take: LIST_MAX * 2,
    select: {
      id: true,
      subject: true,
      status: true,
      lastMessageAt: true,
      fromMunicipalityId: true,
      case: { select: { id: true, title: true } },
      fromMunicipality: { select: { name: true } },
      toMunicipality: { select: { name: true } },
    },
  });
  const unread = await unreadIds(
    user!.id,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => ({
    side: sideOf(r, org),
    item: {
      id: r.id,
      subject: r.subject,
      status: r.status,
      lastMessageAt: r.lastMessageAt,
      caseTitle: r.case.title,
      caseId: r.case.id,
      other: sideOf(r, org) === "asking" ? r.toMunicipality.name : r.fromMunicipality.name,
      unread: unread.has(r.id),
    },
  }));
  const of = (side: PeerSide) =>
    items
      .filter((i) => i.side === side)
      .map((i) => i.item)
      .sort((a, b) => Number(b.unread) - Number(a.unread))
      .slice(0, LIST_MAX);
  return { received: of("answering"), sent: of("asking") };
}

/** Questions with an unread notice for this user (Notification rows of type PEER_MESSAGE point at /peer/<id>). */
async function unreadIds(userId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.notification.findMany({
    where: { userId, type: "PEER_MESSAGE", readAt: null, url: { in: ids.map((id) => `/peer/${id}`) } },
    select: { url: true },
    distinct: ["url"],
  });
  return new Set(rows.map((r) => r.url.slice("/peer/".length)));
}

/**
 * How many conversations have something unread for the user (the dashboard's link): only those the user may
 * still open, so a clerk moved to another town is not told of the old town's questions.
 */
export async function countPeerUnread(user: SessionUser | null): Promise<number> {
  if (!peerOrgOf(user)) return 0;
  const rows = await db.notification.findMany({
    where: { userId: user!.id, type: "PEER_MESSAGE", readAt: null, url: { startsWith: "/peer/" } },
    select: { url: true },
    distinct: ["url"],
  });
  if (!rows.length) return 0;
  const ids = rows.map((r) => r.url.slice("/peer/".length));
  return db.peerQuestion.count({ where: { AND: [{ id: { in: ids } }, peerQuestionWhere(user)] } });
}

/** /peer/[id]: one conversation, for active staff of its two municipalities only. */
export async function getPeerQuestion(user: SessionUser | null, id: string) {
  const org = peerOrgOf(user);
  if (!org) return null;
  const q = await db.peerQuestion.findFirst({
    where: { AND: [{ id }, peerQuestionWhere(user)] },
    select: {
      id: true,
      subject: true,
      status: true,
      createdAt: true,
      fromMunicipalityId: true,
      toMunicipalityId: true,
      case: { select: { id: true, title: true, published: true } },
      fromMunicipality: { select: { name: true } },
      toMunicipality: { select: { name: true } },
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          body: true,
          createdAt: true,
          municipalityId: true,
          authorId: true,
          // The 課 shown is the author's as long as they are still with the municipality they wrote for.
          author: {
            select: {
              name: true,
              memberships: { select: { organizationId: true, department: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!q) return null;
  const townName = (mid: string) => (mid === q.fromMunicipalityId ? q.fromMunicipality.name : q.toMunicipality.name);
  // Told to the asker plainly: nobody of the case's town is on the platform yet, the coordinators connect it.
  const waitingForTown = (await db.user.count({ where: activeStaffOf(q.toMunicipalityId) })) === 0;
  return {
    id: q.id,
    subject: q.subject,
    status: q.status,
    createdAt: q.createdAt,
    side: sideOf(q, org),
    case: q.case,
    from: q.fromMunicipality.name,
    to: q.toMunicipality.name,
    waitingForTown,
    messages: q.messages.map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: m.createdAt,
      own: m.authorId === user!.id,
      municipality: townName(m.municipalityId),
      department: m.author?.memberships.find((s) => s.organizationId === m.municipalityId)?.department?.name ?? null,
      author: m.author?.name ?? null,
    })),
  };
}
export type PeerQuestionView = NonNullable<Awaited<ReturnType<typeof getPeerQuestion>>>;

/**
 * Coordinators: the open questions whose receiving town has no active staff, so they can connect it outside the
 * platform and invite it. Subject, towns and case only: the messages are the two municipalities' alone.
 */
export async function listQuestionsToConnect(user: SessionUser | null) {
  if (!isCoordinator(user) || user.status !== "ACTIVE") return [];
  return db.peerQuestion.findMany({
    where: {
      status: { not: "CLOSED" },
      toMunicipality: {
        memberships: { none: { user: { role: "MUNICIPAL_STAFF", status: "ACTIVE", deletedAt: null } } },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: LIST_MAX,
    select: {
      id: true,
      subject: true,
      createdAt: true,
      case: { select: { id: true, title: true } },
      fromMunicipality: { select: { name: true } },
      toMunicipality: { select: { name: true } },
    },
  });
}
