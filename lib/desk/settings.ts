import "server-only";
import { assertStillDesk } from "./staff-guard";
import { db } from "@/lib/db";
import { PAGE_CACHE_CHANNEL } from "@/lib/page-cache/channel";
import { assertDesk } from "./access";
import { deskSettingFor, dueAtFor, OPEN_PROPOSAL_STATUSES } from "./targets";
import type { DeskSettings } from "./settings-schema";
import type { SessionUser } from "@/lib/auth/session";

// The reads live in ./targets (the worker imports them); kept importable from here for the proposal flow.
export { deskSettingFor, dueAtFor, OPEN_PROPOSAL_STATUSES } from "./targets";

/**
 * Saves the desk's settings for its own municipality (never one a form names) and moves the target time of every
 * open proposal to the new days, in one transaction: a desk that shortens the first answer to 5 days sees today
 * which proposals are already late. The upsert takes the setting row's lock first, so two saves at once apply one
 * after the other and the proposals end on the days of the save that committed last.
 */
export async function saveDeskSettings(user: SessionUser | null, input: DeskSettings) {
  const desk = assertDesk(user);
  const municipalityId = desk.organizationId;
  return db.$transaction(
    async (tx) => {
      await assertStillDesk(tx, desk.id, desk.organizationId);
      await tx.deskSetting.upsert({ where: { municipalityId }, create: { municipalityId, ...input }, update: input });
      // Its public challenge pages link to the log while it is on: every instance empties its anonymous page cache at
      // commit (settings are saved rarely, so always).
      await tx.$executeRaw`SELECT pg_notify(${PAGE_CACHE_CHANNEL}, '')`;
      const open = await tx.proposal.findMany({
        where: { municipalityId, status: { in: [...OPEN_PROPOSAL_STATUSES] } },
        select: { id: true, status: true, statusChangedAt: true, dueAt: true },
      });
      let moved = 0;
      for (const p of open) {
        const dueAt = dueAtFor(input, p.status, p.statusChangedAt);
        if (dueAt?.getTime() === p.dueAt?.getTime()) continue;
        // Guarded by the step we read: a proposal that moved on meanwhile keeps the target its own change set.
        const r = await tx.proposal.updateMany({
          where: { id: p.id, status: p.status, statusChangedAt: p.statusChangedAt },
          data: { dueAt },
        });
        moved += r.count;
      }
      return { moved };
      // One guarded UPDATE per open proposal, perhaps after waiting for another save's lock: more than the default 5 s.
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/** The settings page of a desk: its municipality's settings and the code of its public log. */
export async function getDeskSettings(user: SessionUser | null) {
  const desk = assertDesk(user);
  const [setting, m] = await Promise.all([
    deskSettingFor(db, desk.organizationId),
    db.organization.findUniqueOrThrow({ where: { id: desk.organizationId }, select: { lgCode: true, name: true } }),
  ]);
  return { ...setting, lgCode: m.lgCode, municipalityName: m.name };
}
