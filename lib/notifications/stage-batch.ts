import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";

/** How long stage changes of one match gather before the company gets one e-mail about them. */
export const STAGE_MAIL_DELAY_SECONDS = 60 * 60;

/**
 * In the transaction of a stage change that notified the company: the match's e-mail job, an hour
 * ahead. While one waits (pg-boss "short" policy, singletonKey = match), this adds nothing, so
 * three moves in 40 s are one e-mail; a change after the job ran starts the next hour.
 */
export async function scheduleStageMail(tx: Prisma.TransactionClient, matchId: string): Promise<void> {
  await enqueue(
    tx,
    "match.stage-mail",
    { matchId },
    { startAfterSeconds: STAGE_MAIL_DELAY_SECONDS, singletonKey: matchId },
  );
}
