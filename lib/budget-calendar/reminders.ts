import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationInput } from "@/lib/notifications/outbox";
import { isCoordinator } from "@/lib/auth/roles";
import { budgetTimeline, daysUntil, jstDateKey, jstFiscalYear } from "./next-step";
import { loadCalendars } from "./calendars";
import { notifyNew } from "./notify-new";

/** How far ahead a coordinator hears of a step: two weeks leaves time to prepare documents for it. */
export const REMIND_DAYS_AHEAD = 14;
/** The "it has started" notice is still sent this many days late, so one missed daily run loses nothing. */
const START_GRACE_DAYS = 7;
const BATCH = 500;

const OPEN: Prisma.MatchWhereInput = { stage: { notIn: ["DECLINED", "BUDGETED"] } };

/**
 * Daily (07:30 JST, before the 08:00 digest). For each open match with a target fiscal year:
 * - its coordinator hears once when a step starts within the next 14 days, and once when it has started;
 *   dedupe keys `budget:<matchId>:<step>:<FY>` and `…:start` make a rerun (or a retried job) add nothing.
 * - a match nobody is in charge of (or whose coordinator is no longer active) is not sent to each
 *   coordinator one by one (that would flood a small team); instead every ACTIVE coordinator gets one
 *   summary a day with the count, linking to the calendar filtered to unassigned matches.
 */
export async function sendBudgetReminders(now: Date): Promise<{ notified: number; at: string }> {
  const fyNow = jstFiscalYear(now);
  // A step lies 0..23 months after April of FY-1, plus the 14-day lead: only these years can have one near now.
  const where: Prisma.MatchWhereInput = { AND: [OPEN, { targetFiscalYear: { gte: fyNow - 1, lte: fyNow + 2 } }] };
  let notified = 0;
  const unassigned = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.match.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        municipalityId: true,
        targetFiscalYear: true,
        coordinatorId: true,
        coordinator: { select: { status: true, role: true } },
        municipality: { select: { name: true } },
        company: { select: { name: true } },
        challenge: { select: { title: true } },
      },
    });
    if (batch.length === 0) break;
    cursor = batch.at(-1)!.id;
    const calendars = await loadCalendars(batch.map((m) => m.municipalityId));
    const items: NotificationInput[] = [];
    for (const m of batch) {
      const cal = calendars.get(m.municipalityId);
      if (!cal || m.targetFiscalYear === null) continue;
      const owner =
        m.coordinatorId && m.coordinator?.status === "ACTIVE" && isCoordinator(m.coordinator) ? m.coordinatorId : null;
      for (const e of budgetTimeline(cal.calendar, m.targetFiscalYear, now)) {
        const d = daysUntil(e.startsOn, now);
        const soon = e.status === "upcoming" && d >= 1 && d <= REMIND_DAYS_AHEAD;
        const started = e.status === "in_progress" && d <= 0 && d > -START_GRACE_DAYS;
        if (!soon && !started) continue;
        if (!owner) {
          unassigned.add(m.id);
          continue;
        }
        // In the coordinator's locale (the centre renders it again in the page's): names are the
        // organisations' and the challenge's own, dates are ICU arguments (epoch ms survive the JSON column).
        const values = {
          step: { msg: `pipeline.budgetStep.${e.step}` },
          municipality: m.municipality.name,
          company: m.company.name,
          hasChallenge: m.challenge ? "yes" : "no",
          challenge: m.challenge?.title ?? "",
          fiscalYear: { fiscalYear: m.targetFiscalYear },
        };
        items.push({
          userId: owner,
          type: "BUDGET_STEP_REMINDER",
          url: `/pipeline/${m.id}`,
          ...(soon
            ? {
                message: { key: "budgetStepSoon", values: { ...values, startsOn: e.startsOn.getTime() } },
                dedupeKey: `budget:${m.id}:${e.step}:${m.targetFiscalYear}`,
              }
            : {
                message: { key: "budgetStepStarted", values: { ...values, endsOn: e.endsOn.getTime() } },
                dedupeKey: `budget:${m.id}:${e.step}:${m.targetFiscalYear}:start`,
              }),
        });
      }
    }
    notified += await notifyNew(items);
  }
  if (unassigned.size > 0) {
    const day = jstDateKey(now);
    const coordinators = await db.user.findMany({
      where: { role: "COORDINATOR", status: "ACTIVE" },
      select: { id: true },
    });
    notified += await notifyNew(
      coordinators.map((c) => ({
        userId: c.id,
        type: "BUDGET_STEP_REMINDER" as const,
        message: { key: "budgetUnassigned" as const, values: { count: unassigned.size } },
        url: "/pipeline/calendar?coordinator=none",
        dedupeKey: `budget-unassigned:${c.id}:${day}`,
      })),
    );
  }
  return { notified, at: now.toISOString() };
}
