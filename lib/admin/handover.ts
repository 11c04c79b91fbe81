import "server-only";
import { db } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN, COORDINATION_ROLES } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { liveUser, lockForAdminChange, parsed, type LockedUser, type Tx } from "./lock";
import { suspendLocked, type Refused } from "./mutations";
import { handoverSchema, type HandoverCounts } from "./schema";

/**
 * What a person is responsible for, and so what a handover gives their colleague:
 * - challenges they wrote (作成者 = the municipality's contact: notices and e-mails about interests go to them),
 *   and with each challenge its interests, threads and pipeline matches (they follow the challenge's author);
 * - threads they opened (the municipality or company side of a direct inquiry);
 * - interests they sent for their company;
 * - matches they coordinate (coordinators).
 * Messages, files and decisions stay theirs: they are the record of who said and decided what.
 */
export async function countResponsibilities(tx: Tx | typeof db, userId: string): Promise<HandoverCounts> {
  const [row] = await tx.$queryRaw<{ challenges: number; threads: number; interests: number; matches: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "Challenge" WHERE "authorId" = ${userId}) AS challenges,
      (SELECT count(*)::int FROM "Thread" t LEFT JOIN "Challenge" c ON c.id = t."challengeId"
        WHERE t."createdById" = ${userId} OR c."authorId" = ${userId}) AS threads,
      (SELECT count(*)::int FROM "Interest" i JOIN "Challenge" c ON c.id = i."challengeId"
        WHERE i."userId" = ${userId} OR c."authorId" = ${userId}) AS interests,
      (SELECT count(*)::int FROM "Match" m LEFT JOIN "Challenge" c ON c.id = m."challengeId"
        WHERE m."coordinatorId" = ${userId} OR c."authorId" = ${userId}) AS matches`;
  return row;
}

const sideOf = (role: UserRole) => ((COORDINATION_ROLES as readonly UserRole[]).includes(role) ? "COORDINATION" : role);

/** A colleague: same organisation, same side (clerk for clerk, company member for company member, team for team). */
export function areColleagues(a: Pick<LockedUser, "role" | "organizationId">, b: typeof a): boolean {
  return sideOf(a.role) === sideOf(b.role) && a.organizationId === b.organizationId && a.organizationId !== null;
}

export type HandoverDone = { ok: true; moved: HandoverCounts; suspended: boolean };

/**
 * 人事異動: in one transaction, everything `fromId` is responsible for becomes `toId`'s, and optionally
 * the leaver is suspended. Both accounts are locked first (lockForAdminChange), so a second handover of
 * the same person, or a suspension of either, waits for this one and then sees its result: nothing is
 * ever half moved, and nothing is handed to someone suspended a moment before.
 */
export async function handOver(actor: SessionUser | null, raw: unknown): Promise<HandoverDone | Refused> {
  const me = assertRole(actor, CAN.administer, { active: true });
  const { fromId, toId, suspend } = parsed(handoverSchema, raw);
  if (suspend && fromId === me.id) return { ok: false, reason: "self" };
  return db
    .$transaction(
      async (tx) => {
        const users = await lockForAdminChange(tx, me.id, [fromId, toId]);
        const from = liveUser(users, fromId);
        const to = liveUser(users, toId);
        if (!areColleagues(from, to)) return { ok: false, reason: "not_colleague" } as const;
        if (to.status !== "ACTIVE") return { ok: false, reason: "colleague_inactive" } as const;
        const moved = await countResponsibilities(tx, fromId);
        await moveResponsibilities(tx, fromId, toId);
        await recordAudit(
          {
            action: "STAFF_HANDED_OVER",
            actorId: me.id,
            targetType: "User",
            targetId: fromId,
            meta: { to: toId, toName: to.name, ...moved, suspend },
          },
          tx,
        );
        if (suspend && from.status === "ACTIVE") {
          const s = await suspendLocked(tx, me, from);
          // Refused (the last admin): nothing is handed over either, so the admin can decide again.
          if (!s.ok) throw new HandoverAborted(s);
        }
        return { ok: true, moved, suspended: suspend } as const;
      },
      { maxWait: 15_000, timeout: 30_000 },
    )
    .catch((e) => {
      if (e instanceof HandoverAborted) return e.refusal;
      throw e;
    });
}

class HandoverAborted extends Error {
  constructor(public readonly refusal: Refused) {
    super(refusal.reason);
  }
}

async function moveResponsibilities(tx: Tx, fromId: string, toId: string) {
  // Raw, so that updatedAt stays: the challenge's content did not change, and /my/challenges sorts by it.
  await tx.$executeRaw`UPDATE "Challenge" SET "authorId" = ${toId} WHERE "authorId" = ${fromId}`;
  await tx.thread.updateMany({ where: { createdById: fromId }, data: { createdById: toId } });
  await tx.interest.updateMany({ where: { userId: fromId }, data: { userId: toId } });
  await tx.match.updateMany({ where: { coordinatorId: fromId }, data: { coordinatorId: toId } });
}
