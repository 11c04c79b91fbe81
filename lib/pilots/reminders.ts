import "server-only";
import { db } from "@/lib/db";
import { MATCH_PEOPLE_SELECT, notifyPilot } from "./people";
import { shiftDate, todayJst } from "./schema";

// Loaded by the job worker (lib/jobs/definitions/pilot-reminders.ts): no next/* and no lib/auth/session.ts here.

/** Days before a review date that the first reminder goes out; the second goes out on the day. */
export const REMINDER_DAYS = 7;

type Kind = "MID" | "END";

/**
 * Daily: PILOT_REVIEW_DUE to both sides' acting people (and the match's coordinator) of every AGREED pilot, once
 * from 7 days before each review date (「近づいています」) and once on the day (「来ました」). A day the job did
 * not run is caught up the next day: each reminder is due for a window (the week before; the week from the day on,
 * while the review is still open), and its dedupe key per pilot, review, reminder and person makes it go out once.
 */
export async function sendPilotReviewReminders(now: Date): Promise<{ notified: number }> {
  const today = todayJst(now);
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const weekAhead = d(shiftDate(today, { days: REMINDER_DAYS }));
  const weekBack = d(shiftDate(today, { days: -(REMINDER_DAYS - 1) }));
  const pilots = await db.pilot.findMany({
    where: {
      status: "AGREED",
      match: { stage: { not: "DECLINED" } },
      OR: [
        { midReviewedAt: null, midReviewOn: { gte: weekBack, lte: weekAhead } },
        { endReviewOn: { gte: weekBack, lte: weekAhead } },
      ],
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      midReviewOn: true,
      midReviewedAt: true,
      endReviewOn: true,
      match: { select: MATCH_PEOPLE_SELECT },
    },
  });
  let notified = 0;
  for (const p of pilots) {
    const due: [Kind, Date | null][] = [
      ["MID", p.midReviewedAt ? null : p.midReviewOn],
      ["END", p.endReviewOn],
    ];
    for (const [kind, on] of due) {
      if (!on) continue;
      const reviewOn = on.toISOString().slice(0, 10);
      const which = reminderFor(reviewOn, today);
      if (!which) continue;
      notified += await db.$transaction((tx) =>
        notifyPilot(tx, p.match, {
          pilotId: p.id,
          sides: ["city", "company", "coordinator"],
          type: "PILOT_REVIEW_DUE",
          key: "pilotReviewDue",
          values: { title: p.title, kind, soon: which === "DAY" ? "no" : "yes", reviewOn: on.getTime() },
          dedupeKey: (userId) => `pilot-review:${p.id}:${kind}:${which === "DAY" ? 0 : REMINDER_DAYS}:${userId}`,
        }),
      );
    }
  }
  return { notified };
}

/** Which reminder a review date calls for today: the week before ("SOON"), the day and the week after ("DAY"). */
export function reminderFor(reviewOn: string, today: string): "SOON" | "DAY" | null {
  if (today < shiftDate(reviewOn, { days: -REMINDER_DAYS })) return null;
  if (today < reviewOn) return "SOON";
  if (today <= shiftDate(reviewOn, { days: REMINDER_DAYS - 1 })) return "DAY";
  return null;
}
