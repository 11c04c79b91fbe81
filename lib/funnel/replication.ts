import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FunnelCounts } from "./metrics";
import type { FunnelFilter } from "./schema";
import { funnelWhere, toCounts, type CountsRow, type FunnelScope } from "./scope";

// The funnel's 横展開 (docs/metrics.md): by the theme of the case that was copied. Same scope and filters as the
// rest of the funnel: a match by its createdAt and municipality, a replicated challenge by the day it was
// published and its municipality (staff see what their own town replicated), a case born here by its match.

export type ReplicationRow = {
  /** Theme id; null = 「テーマなし」. The total row has total = true and counts each case, challenge, match once. */
  key: string | null;
  label: string | null;
  sub: string | null;
  total: boolean;
  /** Distinct source cases with at least one replicated challenge published, or a match, in scope. */
  cases: number;
  /** Published challenges started from a case (「この事例を自分のまちでも」). */
  challenges: number;
  /** Matches that started from a case (a replicated challenge, or a proposal citing the case), and how far they got. */
  matches: FunnelCounts;
  /** 「Kyoso Hub から生まれた事例」: published cases written up from a match. */
  born: number;
};

type Row = CountsRow & {
  key: string | null;
  label: string | null;
  sub: string | null;
  sortOrder: number | null;
  isTotal: number;
  cases: number;
  challenges: number;
  born: number;
};

const reached = (n: number) =>
  Prisma.sql`count(DISTINCT i."id") FILTER (WHERE i."kind" = 'match' AND i."rank" >= ${n})::int`;

function replicationSql(scope: FunnelScope, filter: FunnelFilter): Prisma.Sql {
  const where = funnelWhere(scope, filter);
  // A published replicated challenge under the match alias, its publishedAt as the date, so funnelWhere applies as is.
  const challenges = Prisma.sql`(SELECT c."id", c."sourceCaseId", c."municipalityId", c."publishedAt" AS "createdAt"
    FROM "Challenge" c WHERE c."sourceCaseId" IS NOT NULL AND c."status" IN ('PUBLISHED', 'CLOSED') AND c."publishedAt" IS NOT NULL)`;
  return Prisma.sql`WITH items AS (
      SELECT 'challenge'::text AS "kind", m."sourceCaseId" AS "caseId", m."id", NULL::int AS "rank", NULL::text AS "stage"
        FROM ${challenges} m WHERE ${where}
      UNION ALL
      SELECT 'match', m."sourceCaseId", m."id", m."maxStageRank", m."stage"::text
        FROM "Match" m WHERE m."sourceCaseId" IS NOT NULL AND ${where}
      UNION ALL
      SELECT 'born', k."id", k."id", NULL, NULL
        FROM "Case" k JOIN "Match" m ON m."id" = k."matchId" WHERE k."published" AND ${where}
    )
    SELECT t."id" AS "key", t."nameJa" AS "label", t."nameEn" AS "sub", t."sortOrder" AS "sortOrder",
      GROUPING(t."id")::int AS "isTotal",
      count(DISTINCT i."caseId") FILTER (WHERE i."kind" <> 'born')::int AS "cases",
      count(DISTINCT i."id") FILTER (WHERE i."kind" = 'challenge')::int AS "challenges",
      count(DISTINCT i."id") FILTER (WHERE i."kind" = 'match')::int AS "total",
      ${reached(1)} AS "r1", ${reached(2)} AS "r2", ${reached(3)} AS "r3", ${reached(4)} AS "r4",
      count(DISTINCT i."id") FILTER (WHERE i."kind" = 'match' AND i."stage" = 'DECLINED')::int AS "declined",
      count(DISTINCT i."id") FILTER (WHERE i."kind" = 'born')::int AS "born"
    FROM items i LEFT JOIN "_CaseToTheme" ct ON ct."A" = i."caseId" LEFT JOIN "Theme" t ON t."id" = ct."B"
    GROUP BY GROUPING SETS ((t."id", t."nameJa", t."nameEn", t."sortOrder"), ())`;
}

/**
 * Theme rows (by the themes' order, 「テーマなし」 last), then the total. A case with several themes counts
 * under each, so theme rows can add up to more than the total; the total counts each once. Empty scope: only
 * the total, all zeros.
 */
export async function getReplicationFunnel(scope: FunnelScope, filter: FunnelFilter): Promise<ReplicationRow[]> {
  const rows = await db.$queryRaw<Row[]>(replicationSql(scope, filter));
  const themes = rows
    .filter((r) => r.isTotal === 0)
    .sort((a, b) => (a.sortOrder ?? Infinity) - (b.sortOrder ?? Infinity));
  const total = rows.find((r) => r.isTotal === 1);
  return [...themes, total].map((r) => ({
    key: r && r.isTotal === 0 ? r.key : null,
    label: r && r.isTotal === 0 ? r.label : null,
    sub: r && r.isTotal === 0 ? r.sub : null,
    total: !r || r.isTotal === 1,
    cases: r?.cases ?? 0,
    challenges: r?.challenges ?? 0,
    matches: toCounts(r),
    born: r?.born ?? 0,
  }));
}
