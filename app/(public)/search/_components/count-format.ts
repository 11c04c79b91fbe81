// Totals above the backend's exact limit are estimates from a sample (±5–10 %, docs/search.md).
// Users must see that: the page prints them as 「約12,000件」, rounded so no digit pretends to be exact.

export type ShownCount = { count: number; estimate: boolean };

/** Rounds an estimate to two significant digits (25,760 → 26,000; 1,348 → 1,300); exact counts stay as they are. */
export function shownCount(count: number, estimate = false): number {
  if (!estimate || count < 100) return count;
  const step = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / step) * step;
}

/** The message key for a count: `base` when exact, `base + "Estimate"` (「約…」) when estimated. */
export function countKey<K extends string>(base: K, estimate = false): K | `${K}Estimate` {
  return estimate ? `${base}Estimate` : base;
}
