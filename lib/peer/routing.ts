import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coordinatorsFor } from "@/lib/notifications/coordinators";
import { notify } from "@/lib/notifications/outbox";
import { activeStaffOf, type PeerSide } from "./access";

type Tx = Prisma.TransactionClient;

export type Route = "desk" | "department" | "staff" | "none";

/**
 * Who answers for the case's municipality (issue 18 §4): its partnership desk if it has one; else the staff of
 * the department of the match the case was written up from; else all its active staff. "none": nobody of that
 * town is on the platform yet (most real cases come from public sources), so the coordinators connect it.
 */
export async function answeringStaff(
  tx: Tx,
  municipalityId: string,
  caseId: string,
): Promise<{ route: Route; ids: string[] }> {
  const staff = activeStaffOf(municipalityId);
  const ids = async (where: Prisma.UserWhereInput) =>
    (await tx.user.findMany({ where: { AND: [staff, where] }, select: { id: true } })).map((u) => u.id);
  const desk = await ids({ memberships: { some: { organizationId: municipalityId, isDesk: true } } });
  if (desk.length) return { route: "desk", ids: desk };
  const c = await tx.case.findUnique({ where: { id: caseId }, select: { match: { select: { departmentId: true } } } });
  const departmentId = c?.match?.departmentId;
  if (departmentId) {
    const dept = await ids({ memberships: { some: { organizationId: municipalityId, departmentId } } });
    if (dept.length) return { route: "department", ids: dept };
  }
  const all = await ids({});
  return all.length ? { route: "staff", ids: all } : { route: "none", ids: [] };
}

/** What notifying needs of a question. */
export const questionSelect = {
  id: true,
  caseId: true,
  subject: true,
  askerId: true,
  fromMunicipalityId: true,
  toMunicipalityId: true,
} satisfies Prisma.PeerQuestionSelect;
type Question = Prisma.PeerQuestionGetPayload<{ select: typeof questionSelect }>;

/**
 * The people of one side who hear of a new message: those who already wrote for that side (and, on the asking
 * side, the asker) while they are still its active staff, plus, on the answering side, whoever answers for the
 * town (answeringStaff). An asking side whose people all left falls back to the town's active staff.
 */
async function sideRecipients(tx: Tx, q: Question, side: PeerSide): Promise<string[]> {
  const org = side === "asking" ? q.fromMunicipalityId : q.toMunicipalityId;
  const writers = await tx.peerMessage.findMany({
    where: { questionId: q.id, municipalityId: org, authorId: { not: null } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  const known = [...writers.map((w) => w.authorId!), ...(side === "asking" && q.askerId ? [q.askerId] : [])];
  const still = (
    await tx.user.findMany({ where: { AND: [activeStaffOf(org), { id: { in: known } }] }, select: { id: true } })
  ).map((u) => u.id);
  if (side === "answering") return [...new Set([...still, ...(await answeringStaff(tx, org, q.caseId)).ids])];
  if (still.length) return still;
  return (await tx.user.findMany({ where: activeStaffOf(org), select: { id: true } })).map((u) => u.id);
}

/** In the transaction of a new message: the other side hears of it (in-app and e-mail, as every notice). */
export async function notifyOtherSide(tx: Tx, q: Question, writer: { id: string; side: PeerSide }): Promise<void> {
  const to: PeerSide = writer.side === "asking" ? "answering" : "asking";
  const recipients = (await sideRecipients(tx, q, to)).filter((id) => id !== writer.id);
  const fromOrg = writer.side === "asking" ? q.fromMunicipalityId : q.toMunicipalityId;
  const org = await tx.organization.findUnique({ where: { id: fromOrg }, select: { name: true } });
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      type: "PEER_MESSAGE" as const,
      message: { key: "peerMessage" as const, values: { municipality: org?.name ?? "", subject: q.subject } },
      url: `/peer/${q.id}`,
    })),
  );
}

/**
 * In the transaction of a new question. Returns the route: "none" tells the asker on the page that the
 * coordinators were asked to connect the town, and they are notified here (subject and towns, never the text).
 */
export async function notifyNewQuestion(tx: Tx, q: Question): Promise<Route> {
  const { route, ids } = await answeringStaff(tx, q.toMunicipalityId, q.caseId);
  const orgs = await tx.organization.findMany({
    where: { id: { in: [q.fromMunicipalityId, q.toMunicipalityId] } },
    select: { id: true, name: true },
  });
  const name = (id: string) => orgs.find((o) => o.id === id)?.name ?? "";
  const c = await tx.case.findUnique({ where: { id: q.caseId }, select: { title: true } });
  const values = {
    from: name(q.fromMunicipalityId),
    to: name(q.toMunicipalityId),
    subject: q.subject,
    case: c?.title ?? "",
  };
  if (route === "none") {
    const coordinators = await coordinatorsFor(tx, null);
    await notify(
      tx,
      coordinators.map((userId) => ({
        userId,
        type: "PEER_MESSAGE" as const,
        message: { key: "peerNeedsConnection" as const, values },
        url: "/peer",
      })),
    );
    return route;
  }
  await notify(
    tx,
    ids.map((userId) => ({
      userId,
      type: "PEER_MESSAGE" as const,
      message: { key: "peerQuestion" as const, values },
      url: `/peer/${q.id}`,
    })),
  );
  return route;
}
