import "server-only";
import { db } from "@/lib/db";
import { assertRole, type SessionUser } from "@/lib/auth/session";
import { CAN } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { budgetEditWhere } from "./access";
import type { BudgetPathInput } from "./schema";

/**
 * Saves the budget path under Match.version, the lock the coordinator's edit form and the board's moves use too:
 * a save made on an older page is refused as `stale` (the form keeps what was typed), never written over a
 * colleague's change. Authorization is in the update's where clause; a match this user may not edit is NOT_FOUND.
 */
export async function saveBudgetPath(user: SessionUser | null, input: BudgetPathInput) {
  const u = assertRole(user, CAN.viewPipeline, { active: true });
  const where = { AND: [{ id: input.id }, budgetEditWhere(u)] };
  const r = await db.match.updateMany({
    where: { AND: [where, { version: input.expectedVersion }] },
    data: {
      fundingSource: input.fundingSource,
      fundingName: input.fundingName,
      procurementRoute: input.procurementRoute,
      scheme: input.scheme,
      expectedBudget: input.expectedBudget === null ? null : BigInt(input.expectedBudget),
      targetFiscalYear: input.targetFiscalYear,
      lastActivityAt: new Date(),
      version: { increment: 1 },
    },
  });
  if (r.count === 1) return { ok: true as const, version: input.expectedVersion + 1 };
  // Not written: either someone saved first (the row is still editable) or this user may not edit it at all.
  if ((await db.match.count({ where })) === 0) throw new AppError("NOT_FOUND");
  return { ok: false as const, reason: "stale" as const };
}
