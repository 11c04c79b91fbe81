import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { parsed, type Tx } from "@/lib/admin/lock";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { assertDesk } from "./access";
import { assertStillDesk } from "./staff-guard";
import { deskFlagSchema, type DeskFlagRefusal } from "./staff-schema";

// Who runs a municipality's desk changes under one lock per municipality. Without it two desk members removing
// each other at the same moment would each count "one other desk member left" and leave none; with it the second
// waits, then finds that it is no longer on the desk itself (assertStillDesk) and is refused.

export type DeskFlagResult = { ok: true; changed: boolean } | { ok: false; reason: DeskFlagRefusal };

export async function lockDesk(tx: Tx, municipalityId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`desk-flag:${municipalityId}`}, 0))`;
}

/** Sets the flag on a membership (under lockDesk), with its audit entry; `by` says from which page. */
export async function writeDeskFlag(
  tx: Tx,
  p: { actorId: string; userId: string; membershipId: string; from: boolean; to: boolean; by: "admin" | "desk" },
): Promise<{ ok: true; changed: boolean }> {
  if (p.from === p.to) return { ok: true, changed: false };
  await tx.membership.update({ where: { id: p.membershipId }, data: { isDesk: p.to } });
  await recordAudit(
    {
      action: "DESK_ROLE_CHANGED",
      actorId: p.actorId,
      targetType: "User",
      targetId: p.userId,
      meta: { from: p.from, to: p.to, by: p.by },
    },
    tx,
  );
  return { ok: true, changed: true };
}

/**
 * The desk gives or takes the flag for an active colleague of its own municipality (another city's clerk is
 * NOT_FOUND). A municipality that has a desk keeps at least one member on it: a desk member cannot remove
 * themself when nobody else is left (removing someone else always leaves the actor).
 */
export async function setDeskFlagByDesk(actor: SessionUser | null, raw: unknown): Promise<DeskFlagResult> {
  const desk = assertDesk(actor);
  const { userId, isDesk } = parsed(deskFlagSchema, raw);
  const municipalityId = desk.organizationId;
  return db.$transaction(async (tx) => {
    await lockDesk(tx, municipalityId);
    await assertStillDesk(tx, desk.id, municipalityId);
    const m = await tx.membership.findFirst({
      where: { userId, organizationId: municipalityId, user: { role: "MUNICIPAL_STAFF", deletedAt: null } },
      select: { id: true, isDesk: true, user: { select: { status: true } } },
    });
    if (!m) throw new AppError("NOT_FOUND");
    if (m.user.status !== "ACTIVE") return { ok: false, reason: "not_colleague" };
    if (m.isDesk && !isDesk && (await otherDeskMembers(tx, municipalityId, userId)) === 0)
      return { ok: false, reason: "last_desk" };
    return writeDeskFlag(tx, { actorId: desk.id, userId, membershipId: m.id, from: m.isDesk, to: isDesk, by: "desk" });
  });
}

/** Active desk members of the municipality other than `exceptUserId`, counted under lockDesk. */
export async function otherDeskMembers(tx: Tx, municipalityId: string, exceptUserId: string): Promise<number> {
  return tx.membership.count({
    where: {
      organizationId: municipalityId,
      isDesk: true,
      userId: { not: exceptUserId },
      user: { status: "ACTIVE", deletedAt: null },
    },
  });
}
