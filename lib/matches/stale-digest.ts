import "server-only";
import { db } from "@/lib/db";
import { jstDateKey } from "@/lib/budget-calendar/next-step";
import { notifyNew } from "@/lib/budget-calendar/notify-new";
import type { NotificationInput } from "@/lib/notifications/outbox";
import { COORDINATION_ROLES } from "@/lib/auth/roles";
import { getStaleDays, staleWhere, STALE_STAGES } from "./stale";

const STAGE_JA: Record<(typeof STALE_STAGES)[number], string> = {
  INTEREST: "興味表明",
  MATCHING: "マッチング",
  MEETING: "商談",
  FEASIBILITY: "事業化検討",
};

/**
 * Daily (07:30 JST): one MATCH_STALE notification per coordinator with how many of their matches
 * are 「停滞」, counted in the database (one GROUP BY over the (stage, lastActivityAt) index).
 * Matches nobody is in charge of — or whose coordinator is no longer active — are counted into
 * every ACTIVE coordinator's notice, so an unowned match cannot go quiet unseen.
 * Dedupe key `stale:<userId>:<yyyy-mm-dd JST>`: a rerun on the same day adds nothing.
 */
export async function sendStaleDigest(now: Date): Promise<{ notified: number; at: string }> {
  const days = await getStaleDays();
  const groups = await db.match.groupBy({
    by: ["coordinatorId", "stage"],
    where: staleWhere(days, now),
    _count: { _all: true },
  });
  if (groups.length === 0) return { notified: 0, at: now.toISOString() };

  const assignedIds = [...new Set(groups.map((g) => g.coordinatorId).filter((id): id is string => id !== null))];
  const [owners, coordinators] = await Promise.all([
    db.user.findMany({
      where: { id: { in: assignedIds }, status: "ACTIVE", role: { in: [...COORDINATION_ROLES] } },
      select: { id: true },
    }),
    db.user.findMany({ where: { role: "COORDINATOR", status: "ACTIVE" }, select: { id: true } }),
  ]);
  const active = new Set(owners.map((o) => o.id));

  type Counts = Partial<Record<string, number>>;
  const mine = new Map<string, Counts>();
  const unowned: Counts = {};
  for (const g of groups) {
    const target =
      g.coordinatorId && active.has(g.coordinatorId)
        ? (mine.get(g.coordinatorId) ?? mine.set(g.coordinatorId, {}).get(g.coordinatorId)!)
        : unowned;
    target[g.stage] = (target[g.stage] ?? 0) + g._count._all;
  }
  const unownedTotal = sum(unowned);
  const recipients = new Set([...mine.keys(), ...(unownedTotal > 0 ? coordinators.map((c) => c.id) : [])]);
  const day = jstDateKey(now);
  const items: NotificationInput[] = [...recipients].map((userId) => {
    const own = mine.get(userId) ?? {};
    const total = sum(own) + unownedTotal;
    const lines = [
      sum(own) > 0 ? `担当の案件：${sum(own)}件（${breakdown(own)}）` : null,
      unownedTotal > 0 ? `担当者のいない案件：${unownedTotal}件（${breakdown(unowned)}）` : null,
      "しばらく動きのない案件です。次の連絡や打ち合わせを決めてください。",
    ];
    return {
      userId,
      type: "MATCH_STALE",
      title: `停滞している案件が${total}件あります`,
      body: lines.filter(Boolean).join("\n"),
      url: "/pipeline?stale=1",
      dedupeKey: `stale:${userId}:${day}`,
    };
  });
  return { notified: await notifyNew(items), at: now.toISOString() };
}

function sum(c: Partial<Record<string, number>>): number {
  return Object.values(c).reduce((a: number, b) => a + (b ?? 0), 0);
}

function breakdown(c: Partial<Record<string, number>>): string {
  return STALE_STAGES.filter((s) => c[s])
    .map((s) => `${STAGE_JA[s]} ${c[s]}件`)
    .join("・");
}
