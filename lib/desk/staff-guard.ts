import "server-only";
import type { Tx } from "@/lib/admin/lock";
import { AppError } from "@/lib/errors";

/**
 * The session was read before this transaction: a desk member whose flag another desk member (or an admin)
 * has just removed must not act as the desk any more.
 */
export async function assertStillDesk(tx: Tx, userId: string, municipalityId: string): Promise<void> {
  const n = await tx.membership.count({
    where: { userId, organizationId: municipalityId, isDesk: true, user: { status: "ACTIVE", deletedAt: null } },
  });
  if (n === 0) throw new AppError("FORBIDDEN");
}
