import "server-only";

/** Placeholder until the budget-calendar slice lands: reminds nobody. */
export async function sendBudgetReminders(now: Date): Promise<{ notified: number; at: string }> {
  return { notified: 0, at: now.toISOString() };
}
