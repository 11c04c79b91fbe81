import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { addBusinessDays, DESK_DEFAULTS } from "./due";
import type { DeskSettings } from "./settings-schema";

// Read-only and free of session code (next-auth, next/navigation), so the job worker's modules (the overdue job,
// the digest) can import it: scripts/worker-imports.test.ts loads them the way the worker does.

type Client = Prisma.TransactionClient | typeof db;

/** Proposals still waiting for the city: they have a target time. */
export const OPEN_PROPOSAL_STATUSES = [
  "RECEIVED",
  "ROUTED",
  "REVIEWING",
  "MEETING",
] as const satisfies ProposalStatus[];

/** A municipality's desk settings; a municipality that never saved them has the defaults. */
export async function deskSettingFor(client: Client, municipalityId: string): Promise<DeskSettings> {
  const row = await client.deskSetting.findUnique({
    where: { municipalityId },
    select: { firstAnswerDays: true, stepDays: true, publicLog: true },
  });
  return row ?? { ...DESK_DEFAULTS };
}

/**
 * The target time of a proposal that entered `status` at `since`: the first answer counts from 受付, every later
 * step from the moment it began; a closed proposal (採用・見送り・取り下げ) has none. Status changes use this too, so the
 * settings page and the proposal flow agree on what "due" means.
 */
export function dueAtFor(
  setting: Pick<DeskSettings, "firstAnswerDays" | "stepDays">,
  status: ProposalStatus,
  since: Date,
): Date | null {
  if (!(OPEN_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(status)) return null;
  return addBusinessDays(since, status === "RECEIVED" ? setting.firstAnswerDays : setting.stepDays);
}
