import "server-only";
import { db } from "@/lib/db";

/**
 * How long an audit row is kept, counted from its own date, whether or not the account still exists.
 * Long enough to investigate unauthorised access across a whole fiscal year of a municipality's use;
 * after that the IP addresses in it are no longer needed (個人情報保護法 §22: erase what is no longer
 * needed). The privacy page states this number (settings/account, privacy.deleteAudit).
 */
export const AUDIT_RETENTION_DAYS = 365;

/** Deletes audit rows older than the retention period; the daily `audit.prune` job calls it. */
export async function pruneAuditLog(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - AUDIT_RETENTION_DAYS * 86_400_000);
  const { count } = await db.auditLog.deleteMany({ where: { at: { lt: before } } });
  return count;
}
