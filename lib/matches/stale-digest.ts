import "server-only";

/** Placeholder until the stale-alert slice lands: notifies nobody. */
export async function sendStaleDigest(now: Date): Promise<{ notified: number; at: string }> {
  return { notified: 0, at: now.toISOString() };
}
