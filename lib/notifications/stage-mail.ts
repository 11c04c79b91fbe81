import "server-only";
import { db } from "@/lib/db";
import { nowPrivateLabel } from "@/lib/interests/access";
import { readerLocale } from "@/lib/mail/i18n";
import { stageChangesMail, type StageChange } from "@/lib/mail/stage-templates";
import { sendMail } from "@/lib/mail/transport";
import { ALL_STAGES, type Stage } from "@/lib/matches/stages";
import { tokenFor } from "./delivery";
import { redactForReaders, wasRedacted } from "./redact";

const isStage = (v: unknown): v is Stage => typeof v === "string" && (ALL_STAGES as readonly string[]).includes(v);

/**
 * The match.stage-mail job: to each company member who takes e-mail as it happens, one e-mail with
 * every stage change of this match not yet e-mailed (DAILY_DIGEST users get them in the digest, OFF
 * users none). The advisory lock makes two runs for one match (a retry beside a newer job) take turns,
 * so the second finds the notifications already e-mailed. emailedAt is set after the SMTP server
 * accepted the message, as for every e-mail: a crash between the two can repeat a mail, never lose one.
 */
export async function sendStageMails(matchId: string): Promise<{ sent: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`stage-mail:${matchId}`}, 0))`;
      const stored = await tx.notification.findMany({
        where: {
          type: "MATCH_STAGE_CHANGED",
          emailedAt: null,
          data: { path: ["matchId"], equals: matchId },
          user: { status: "ACTIVE" },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          userId: true,
          title: true,
          body: true,
          url: true,
          challengeId: true,
          threadId: true,
          data: true,
          createdAt: true,
          user: {
            select: {
              email: true,
              name: true,
              locale: true,
              alertPreference: { select: { emailMode: true, unsubscribeToken: true } },
            },
          },
        },
      });
      const rows = await redactForReaders(stored);
      const byUser = new Map<string, typeof rows>();
      for (const r of rows) {
        if ((r.user.alertPreference?.emailMode ?? "IMMEDIATE") !== "IMMEDIATE") continue;
        byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
      }
      let sent = 0;
      for (const [userId, mine] of byUser) {
        const changes: StageChange[] = mine.flatMap((n) => {
          const d = n.data as { from?: unknown; to?: unknown } | null;
          return d && isStage(d.from) && isStage(d.to) ? [{ from: d.from, to: d.to, at: n.createdAt }] : [];
        });
        if (changes.length === 0) continue;
        const latest = mine[mine.length - 1];
        const locale = readerLocale(latest.user.locale);
        const values = (latest.data as { values?: { subject?: unknown } }).values;
        // A challenge the reader may no longer see is not named again (redactForReaders).
        const subject =
          wasRedacted(latest) || typeof values?.subject !== "string" ? nowPrivateLabel(locale) : values.subject;
        const token = latest.user.alertPreference?.unsubscribeToken ?? (await tokenFor(userId));
        await sendMail({
          to: latest.user.email,
          unsubscribeToken: token,
          ...stageChangesMail({
            locale,
            name: latest.user.name,
            subject,
            changes,
            url: latest.url,
            unsubscribeToken: token,
          }),
        });
        await tx.notification.updateMany({
          where: { id: { in: mine.map((n) => n.id) }, emailedAt: null },
          data: { emailedAt: new Date() },
        });
        sent++;
      }
      return { sent };
    },
    // Sending happens inside the lock; a company has a handful of members, each one SMTP round trip.
    { maxWait: 30_000, timeout: 120_000 },
  );
}
