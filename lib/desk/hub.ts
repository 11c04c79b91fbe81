import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { reviewableStaffWhere } from "@/lib/accounts/reviewers";
import { assertDesk } from "./access";
import { openInvitationWhere } from "./invitations";

export type DeskCounts = {
  openCalls: number;
  proposalsToTriage: number;
  proposalsOverdue: number;
  staffPending: number;
  openInvitations: number;
};

/**
 * What waits for the desk, each a plain count on its municipality. Overdue is a proposal whose current step's target
 * date (dueAt, null once decided) has passed; waiting colleagues are the invitation accounts the desk decides.
 */
export async function getDeskCounts(actor: SessionUser | null, now = new Date()): Promise<DeskCounts> {
  const desk = assertDesk(actor);
  const municipalityId = desk.organizationId;
  const [openCalls, proposalsToTriage, proposalsOverdue, staffPending, openInvitations] = await Promise.all([
    db.themeCall.count({ where: { municipalityId, status: "OPEN" } }),
    db.proposal.count({ where: { municipalityId, status: "RECEIVED" } }),
    db.proposal.count({ where: { municipalityId, dueAt: { lt: now } } }),
    db.user.count({ where: { AND: [{ status: "PENDING", role: "MUNICIPAL_STAFF" }, reviewableStaffWhere(desk)] } }),
    db.staffInvitation.count({ where: { ...openInvitationWhere(municipalityId), expiresAt: { gt: now } } }),
  ]);
  return { openCalls, proposalsToTriage, proposalsOverdue, staffPending, openInvitations };
}
