import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TRAFFIC_SOURCES, toSourceValue, type TrafficSourceValue } from "@/lib/views/source";
import { rate } from "./metrics";
import type { FunnelFilter } from "./schema";
import { jstMidnightUtc, nextDay, parseYmd, type FunnelScope } from "./scope";

// The first step of the funnel, before any match exists: challenge views → 「興味がある」, per source
// (docs/metrics.md). Views are distinct visitors per challenge per JST day (lib/views/record.ts); interests are
// the companies' own 「興味がある」 (introductions are not a conversion), counted by the day they were expressed.
// Scope and dates as the rest of the funnel: staff see their own municipality's challenges only.

export type SourceRow = {
  /** null only on the total. */
  source: TrafficSourceValue | null;
  views: number;
  interests: number;
  /** interests ÷ views, null without views. */
  rate: number | null;
};
export type SourceFunnel = {
  rows: SourceRow[];
  total: SourceRow;
  /** Interests expressed before sources were recorded: no views to compare them with, so not in any row. */
  unrecorded: number;
};

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = ([y, m, d]: readonly [number, number, number]) => `${y}-${pad(m)}-${pad(d)}`;

/** The filter's dates as one JST range [from, until) of calendar days; fiscal year and dates together narrow it. */
function dayRange(filter: FunnelFilter): { from?: string; until?: string } {
  const from = [filter.fy !== undefined ? `${filter.fy}-04-01` : undefined, filter.from].filter(Boolean) as string[];
  const until = [
    filter.fy !== undefined ? `${filter.fy + 1}-04-01` : undefined,
    filter.to ? ymd(nextDay(filter.to)) : undefined,
  ].filter(Boolean) as string[];
  return { from: from.sort().at(-1), until: until.sort()[0] };
}

function challengeScope(scope: FunnelScope, filter: FunnelFilter): Prisma.Sql {
  const municipalityId = scope.kind === "municipality" ? scope.municipalityId : filter.municipality;
  return municipalityId ? Prisma.sql`c."municipalityId" = ${municipalityId}` : Prisma.sql`TRUE`;
}

export async function getSourceFunnel(scope: FunnelScope, filter: FunnelFilter): Promise<SourceFunnel> {
  const { from, until } = dayRange(filter);
  const inScope = challengeScope(scope, filter);
  const viewDays = Prisma.join(
    [
      Prisma.sql`TRUE`,
      ...(from ? [Prisma.sql`v."day" >= ${from}::date`] : []),
      ...(until ? [Prisma.sql`v."day" < ${until}::date`] : []),
    ],
    " AND ",
  );
  // Bounds computed here so the createdAt comparison needs no function on the column (as funnelWhere).
  const interestDays = Prisma.join(
    [
      Prisma.sql`TRUE`,
      ...(from ? [Prisma.sql`i."createdAt" >= ${jstMidnightUtc(...parseYmd(from))}::timestamp`] : []),
      ...(until ? [Prisma.sql`i."createdAt" < ${jstMidnightUtc(...parseYmd(until))}::timestamp`] : []),
    ],
    " AND ",
  );
  const found = await db.$queryRaw<{ source: TrafficSourceValue | null; views: number; interests: number }[]>`
    WITH v AS (
      SELECT v."source", count(*)::int AS "n" FROM "ChallengeView" v JOIN "Challenge" c ON c."id" = v."challengeId"
      WHERE ${inScope} AND ${viewDays} GROUP BY v."source"
    ), i AS (
      SELECT i."source", count(*)::int AS "n" FROM "Interest" i JOIN "Challenge" c ON c."id" = i."challengeId"
      WHERE i."origin" = 'COMPANY' AND ${inScope} AND ${interestDays} GROUP BY i."source"
    )
    SELECT coalesce(v."source", i."source")::text AS "source", coalesce(v."n", 0)::int AS "views", coalesce(i."n", 0)::int AS "interests"
    FROM v FULL JOIN i ON i."source" = v."source"`;
  const of = (views: number, interests: number) => ({ views, interests, rate: rate(interests, views) });
  const rows: SourceRow[] = TRAFFIC_SOURCES.map((s) => {
    const r = found.find((f) => f.source === toSourceValue(s));
    return { source: toSourceValue(s), ...of(r?.views ?? 0, r?.interests ?? 0) };
  });
  // The total compares like with like: interests without a source (older than this count) are listed apart.
  const total = {
    source: null,
    ...of(
      rows.reduce((n, r) => n + r.views, 0),
      rows.reduce((n, r) => n + r.interests, 0),
    ),
  };
  const unrecorded = found.find((f) => f.source === null)?.interests ?? 0;
  return { rows, total, unrecorded };
}
