// Rates from counts the database already aggregated (docs/metrics.md). Pure, so the page, the CSV and
// the tests share one definition of every figure.

/** Ranks 0..4 = 興味表明, マッチング, 商談, 事業化検討, 事業化・予算化 (lib/matches/stages.ts). */
export type Reached = [number, number, number, number, number];

export type FunnelCounts = {
  /** All matches in scope (= reached[0]: every match reached 興味表明). */
  total: number;
  /** reached[n] = matches with maxStageRank ≥ n; a skipped stage counts as passed, 見送り keeps its furthest stage. */
  reached: Reached;
  /** Matches now at 見送り. */
  declined: number;
};

export type BreakdownRow = FunnelCounts & {
  /** null = the "none" group (テーマなし, 部署未設定, 担当者未設定, 未定). */
  key: string | null;
  label: string | null;
  /** A second label: the municipality of a department, the English name of a theme, the prefecture of a municipality. */
  sub: string | null;
};

export const MEETING_RANK = 2;
export const FEASIBILITY_RANK = 3;

/** n ÷ d, or null when there is nothing to divide by (shown as 「—」, never as 0 %). */
export function rate(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

/** 商談率 = matches that reached 商談 ÷ all matches. */
export const meetingRate = (c: FunnelCounts) => rate(c.reached[MEETING_RANK], c.total);
/** 事業化率 = matches that reached 事業化検討 or beyond ÷ all matches. */
export const feasibilityRate = (c: FunnelCounts) => rate(c.reached[FEASIBILITY_RANK], c.total);

/** Conversion from stage n−1 to n, for n = 1..4: reached(n) ÷ reached(n−1). */
export function conversions(c: FunnelCounts): (number | null)[] {
  return [1, 2, 3, 4].map((n) => rate(c.reached[n], c.reached[n - 1]));
}

/** 0.5833 → "58.3%"; null → "—". One decimal, as clerks write it in reports. */
export function formatPercent(r: number | null, digits = 1): string {
  return r === null ? "—" : `${(r * 100).toFixed(digits)}%`;
}
