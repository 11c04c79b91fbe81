import "server-only";
import { db } from "@/lib/db";
import { jstDateKey } from "@/lib/budget-calendar/next-step";
import { notifyNew } from "@/lib/budget-calendar/notify-new";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/mail/i18n";
import type { NotificationInput } from "@/lib/notifications/outbox";
import { COORDINATION_ROLES } from "@/lib/auth/roles";
import { getStaleDays, staleWhere, STALE_STAGES } from "./stale";

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
  const items: NotificationInput[] = [...recipients].map((userId) => ({
    userId,
    type: "MATCH_STALE",
    // In the coordinator's own locale (User.locale), like every notice and e-mail.
    localized: (locale) => staleText(locale, mine.get(userId) ?? {}, unowned),
    url: "/pipeline?stale=1",
    dedupeKey: `stale:${userId}:${day}`,
  }));
  return { notified: await notifyNew(items), at: now.toISOString() };
}

function sum(c: Partial<Record<string, number>>): number {
  return Object.values(c).reduce((a: number, b) => a + (b ?? 0), 0);
}

function staleText(locale: Locale, own: Partial<Record<string, number>>, unowned: Partial<Record<string, number>>) {
  const t = translatorFor(locale, "notices.stale");
  const stage = translatorFor(locale, "pipeline.stage");
  const breakdown = (c: Partial<Record<string, number>>) =>
    STALE_STAGES.filter((s) => c[s])
      .map((s) => t("stageCount", { stage: stage(s), count: c[s]! }))
      .join(t("separator"));
  const lines = [
    sum(own) > 0 ? t("own", { count: sum(own), breakdown: breakdown(own) }) : null,
    sum(unowned) > 0 ? t("unowned", { count: sum(unowned), breakdown: breakdown(unowned) }) : null,
    t("advice"),
  ];
  return { title: t("title", { total: sum(own) + sum(unowned) }), body: lines.filter(Boolean).join("\n") };
}
