import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN, isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/outbox";
import { actingMatchWhere as meetingMatchWhere } from "./sides";
import { MEETING_UNDO_MS, type DeleteMeetingInput, type LogMeetingInput } from "./meetings-schema";

type Tx = Prisma.TransactionClient;
/** Logs of one match queue on its row lock, and a burst of them on the pool (10 connections): wait, do not fail. */
const TX = { maxWait: 15_000, timeout: 30_000 } as const;

/**
 * The match row is locked first (FOR UPDATE) by every log and delete, so per match they run one after another:
 * a delete that removes the last entry and a log that adds one at the same moment cannot leave the flag false
 * with an entry in place (the delete re-counts after the lock, seeing every committed entry).
 */
async function lockMatch(tx: Tx, user: SessionUser, matchId: string) {
  const m = await tx.match.findFirst({
    where: { AND: [{ id: matchId }, meetingMatchWhere(user)] },
    select: {
      id: true,
      origin: true,
      companyId: true,
      municipalityId: true,
      departmentId: true,
      coordinatorId: true,
      threadId: true,
      challenge: { select: { title: true, authorId: true } },
      interest: { select: { status: true } },
      company: { select: { name: true } },
      municipality: { select: { name: true } },
    },
  });
  if (!m) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT 1 FROM "Match" WHERE "id" = ${m.id} FOR UPDATE`;
  return m;
}

/** Logs a meeting: 「所管部署とMTG済」 follows (metDepartment = true), the match counts as active, the other side hears. */
export async function logMeeting(user: SessionUser | null, input: LogMeetingInput) {
  const u = assertRole(user, CAN.useOwnAccount, { active: true });
  return db.$transaction(async (tx) => {
    const m = await lockMatch(tx, u, input.matchId);
    const meeting = await tx.matchMeeting.create({
      data: {
        matchId: m.id,
        heldOn: new Date(`${input.heldOn}T00:00:00Z`),
        participants: input.participants,
        memo: input.memo ?? null,
        loggedById: u.id,
      },
      select: { id: true },
    });
    // Not a version bump: the version guards the coordinator's edit form, which no longer holds this flag.
    await tx.match.update({ where: { id: m.id }, data: { metDepartment: true, lastActivityAt: new Date() } });
    await notifyOtherSide(tx, u, m, input.heldOn);
    return { id: meeting.id };
  }, TX);
}

/** Takes an entry back (its author or a coordinator, within 24 h); the flag follows what is left. */
export async function deleteMeeting(user: SessionUser | null, input: DeleteMeetingInput) {
  const u = assertRole(user, CAN.useOwnAccount, { active: true });
  return db.$transaction(async (tx) => {
    const entry = await tx.matchMeeting.findUnique({
      where: { id: input.id },
      select: { matchId: true, loggedById: true, createdAt: true },
    });
    if (!entry) throw new AppError("NOT_FOUND");
    await lockMatch(tx, u, entry.matchId);
    if (!isCoordinator(u) && entry.loggedById !== u.id) throw new AppError("FORBIDDEN");
    if (Date.now() - entry.createdAt.getTime() > MEETING_UNDO_MS) throw new AppError("FORBIDDEN");
    const r = await tx.matchMeeting.deleteMany({ where: { id: input.id } });
    if (r.count === 0) throw new AppError("NOT_FOUND"); // deleted by a parallel request first
    const left = await tx.matchMeeting.count({ where: { matchId: entry.matchId } });
    await tx.match.update({ where: { id: entry.matchId }, data: { metDepartment: left > 0 } });
    return { matchId: entry.matchId, metDepartment: left > 0 };
  }, TX);
}

type Locked = Awaited<ReturnType<typeof lockMatch>>;

/**
 * MEETING_LOGGED for the other side: the company's members when staff or a coordinator logged it; the department's
 * staff (the challenge's author while the match has no department) when the company or a coordinator did; the
 * match's coordinator in every case. Never the person who logged it.
 */
async function notifyOtherSide(tx: Tx, u: SessionUser, m: Locked, heldOn: string) {
  const byCompany = !isMunicipalStaff(u) && !isCoordinator(u);
  const or: Prisma.UserWhereInput[] = [];
  // An introduction the municipality has not accepted (or declined) is not the company's to know of: its match exists
  // from the introduction on, but the company hears nothing until the acceptance (lib/matches/mutations.ts).
  const companyKnows = !(m.origin === "INTRODUCTION" && m.interest?.status !== "ACCEPTED");
  if (!byCompany && companyKnows)
    or.push({ role: "COMPANY_MEMBER", memberships: { some: { organizationId: m.companyId } } });
  if (!isMunicipalStaff(u)) {
    if (m.departmentId)
      or.push({
        role: "MUNICIPAL_STAFF",
        memberships: { some: { organizationId: m.municipalityId, departmentId: m.departmentId } },
      });
    else if (m.challenge?.authorId) or.push({ role: "MUNICIPAL_STAFF", id: m.challenge.authorId });
  }
  if (m.coordinatorId) or.push({ id: m.coordinatorId });
  const people = await tx.user.findMany({
    where: { status: "ACTIVE", deletedAt: null, id: { not: u.id }, OR: or },
    select: { id: true, role: true },
  });
  const subject = m.challenge?.title ?? `${m.company.name} × ${m.municipality.name}`;
  await notify(
    tx,
    people.map((p) => ({
      userId: p.id,
      type: "MEETING_LOGGED" as const,
      message: {
        key: "meetingLogged" as const,
        values: { subject, heldOn: new Date(`${heldOn}T00:00:00+09:00`).getTime() },
      },
      meta: { matchId: m.id },
      url: p.role === "COMPANY_MEMBER" ? (m.threadId ? `/messages/${m.threadId}` : "/interests") : `/pipeline/${m.id}`,
      threadId: m.threadId ?? undefined,
    })),
  );
}
