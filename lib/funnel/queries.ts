import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { MatchDeclineReason, MatchStage } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefectureName } from "@/lib/municipalities/prefectures";
import type { BreakdownRow, FunnelCounts } from "./metrics";
import type { Breakdown, FunnelFilter } from "./schema";
import { getSourceFunnel, type SourceFunnel } from "./sources";
import { COUNTS, funnelScopeFor, funnelWhere, JST_MONTH, toCounts, type CountsRow, type FunnelScope } from "./scope";

// Every figure of the funnel dashboard is an aggregate computed by PostgreSQL (COUNT … FILTER,
// GROUP BY): no query here returns one row per match, so 20,000 matches cost the same round trips
// as 20. Definitions: docs/metrics.md.

export type FunnelDashboard = {
  scope: FunnelScope;
  summary: FunnelCounts;
  stages: Record<MatchStage, number>;
  declines: { byReason: { reason: MatchDeclineReason | null; n: number }[]; byRank: { rank: number; n: number }[] };
  flags: Record<"metDepartment" | "contentOrganized", { with: FunnelCounts; without: FunnelCounts }>;
  breakdowns: Record<Breakdown, BreakdownRow[]>;
  /** Challenge views → 「興味がある」 per source: the step before any match exists. */
  sources: SourceFunnel;
  options: { municipalities: { id: string; name: string }[]; fiscalYears: number[] };
};

type GroupRow = CountsRow & { key: string | null; label: string | null; sub: string | null };
const row = (r: GroupRow): BreakdownRow => ({ key: r.key, label: r.label, sub: r.sub, ...toCounts(r) });

function breakdownSql(by: Breakdown, where: Prisma.Sql): Prisma.Sql {
  switch (by) {
    case "municipality":
      return Prisma.sql`SELECT o."id" AS "key", o."name" AS "label", o."prefectureCode" AS "sub", ${COUNTS}
        FROM "Match" m JOIN "Organization" o ON o."id" = m."municipalityId" WHERE ${where}
        GROUP BY o."id" ORDER BY "total" DESC, o."lgCode" ASC NULLS LAST, o."name" ASC`;
    case "department":
      return Prisma.sql`SELECT d."id" AS "key", d."name" AS "label", o."name" AS "sub", ${COUNTS}
        FROM "Match" m LEFT JOIN "Department" d ON d."id" = m."departmentId" LEFT JOIN "Organization" o ON o."id" = d."organizationId"
        WHERE ${where} GROUP BY d."id", o."name" ORDER BY "total" DESC, o."name" ASC, d."name" ASC`;
    case "origin":
      // 民間提案 and 紹介 by Match.origin; a match on a challenge made from a theme call's answer is 庁内課題募集;
      // everything else (interest in a challenge, a direct inquiry) is 課題.
      return Prisma.sql`SELECT o."origin" AS "key", o."origin" AS "label", NULL::text AS "sub", ${COUNTS}
        FROM "Match" m CROSS JOIN LATERAL (SELECT CASE
          WHEN m."origin" = 'PROPOSAL' THEN 'PROPOSAL'
          WHEN m."origin" = 'INTRODUCTION' THEN 'INTRODUCTION'
          WHEN EXISTS (SELECT 1 FROM "ThemeCallAnswer" a WHERE a."challengeId" = m."challengeId") THEN 'THEME_CALL'
          ELSE 'CHALLENGE' END AS "origin") o
        WHERE ${where} GROUP BY o."origin" ORDER BY "total" DESC, o."origin" ASC`;
    case "theme":
      // A match counts once under each theme of its challenge; no challenge, or a challenge without
      // themes, falls in the null group (「テーマなし」). So the theme rows can sum to more than the total.
      return Prisma.sql`SELECT t."id" AS "key", t."nameJa" AS "label", t."nameEn" AS "sub", ${COUNTS}
        FROM "Match" m LEFT JOIN "_ChallengeToTheme" ct ON ct."A" = m."challengeId" LEFT JOIN "Theme" t ON t."id" = ct."B"
        WHERE ${where} GROUP BY t."id" ORDER BY "total" DESC, t."sortOrder" ASC NULLS LAST`;
    case "coordinator":
      return Prisma.sql`SELECT u."id" AS "key", u."name" AS "label", NULL::text AS "sub", ${COUNTS}
        FROM "Match" m LEFT JOIN "User" u ON u."id" = m."coordinatorId" WHERE ${where}
        GROUP BY u."id" ORDER BY "total" DESC, u."name" ASC`;
    case "scheme":
      return Prisma.sql`SELECT m."scheme"::text AS "key", m."scheme"::text AS "label", NULL::text AS "sub", ${COUNTS}
        FROM "Match" m WHERE ${where} GROUP BY m."scheme" ORDER BY "total" DESC`;
    case "month":
      return Prisma.sql`SELECT ${JST_MONTH} AS "key", ${JST_MONTH} AS "label", NULL::text AS "sub", ${COUNTS}
        FROM "Match" m WHERE ${where} GROUP BY 1 ORDER BY 1 ASC`;
  }
}

export async function getFunnelBreakdown(
  scope: FunnelScope,
  filter: FunnelFilter,
  by: Breakdown,
): Promise<BreakdownRow[]> {
  const rows = await db.$queryRaw<GroupRow[]>(breakdownSql(by, funnelWhere(scope, filter)));
  return rows.map((r) => (by === "municipality" ? row({ ...r, sub: prefectureName(r.sub) }) : row(r)));
}

type SummaryRow = CountsRow & Record<`s_${MatchStage}`, number>;
const STAGE_COUNTS = Prisma.sql`
  count(*) FILTER (WHERE m."stage" = 'INTEREST')::int AS "s_INTEREST",
  count(*) FILTER (WHERE m."stage" = 'MATCHING')::int AS "s_MATCHING",
  count(*) FILTER (WHERE m."stage" = 'MEETING')::int AS "s_MEETING",
  count(*) FILTER (WHERE m."stage" = 'FEASIBILITY')::int AS "s_FEASIBILITY",
  count(*) FILTER (WHERE m."stage" = 'BUDGETED')::int AS "s_BUDGETED",
  count(*) FILTER (WHERE m."stage" = 'DECLINED')::int AS "s_DECLINED"`;

async function getSummary(where: Prisma.Sql) {
  const [r] = await db.$queryRaw<SummaryRow[]>`SELECT ${COUNTS}, ${STAGE_COUNTS} FROM "Match" m WHERE ${where}`;
  const stages = {
    INTEREST: r.s_INTEREST,
    MATCHING: r.s_MATCHING,
    MEETING: r.s_MEETING,
    FEASIBILITY: r.s_FEASIBILITY,
    BUDGETED: r.s_BUDGETED,
    DECLINED: r.s_DECLINED,
  };
  return { summary: toCounts(r), stages };
}

async function getDeclines(where: Prisma.Sql): Promise<FunnelDashboard["declines"]> {
  const rows = await db.$queryRaw<
    { reason: MatchDeclineReason | null; rank: number | null; byReason: number; n: number }[]
  >`
    SELECT m."declineReason"::text AS "reason", m."maxStageRank" AS "rank", GROUPING(m."declineReason")::int AS "byReason", count(*)::int AS "n"
    FROM "Match" m WHERE ${where} AND m."stage" = 'DECLINED'
    GROUP BY GROUPING SETS ((m."declineReason"), (m."maxStageRank"))`;
  return {
    byReason: rows
      .filter((r) => r.byReason === 0)
      .map((r) => ({ reason: r.reason, n: r.n }))
      .sort((a, b) => b.n - a.n),
    byRank: rows
      .filter((r) => r.byReason === 1)
      .map((r) => ({ rank: r.rank ?? 0, n: r.n }))
      .sort((a, b) => a.rank - b.rank),
  };
}

async function getFlags(where: Prisma.Sql): Promise<FunnelDashboard["flags"]> {
  const rows = await db.$queryRaw<(CountsRow & { met: boolean | null; org: boolean | null; byMet: number })[]>`
    SELECT m."metDepartment" AS "met", m."contentOrganized" AS "org", GROUPING(m."metDepartment")::int AS "byMet", ${COUNTS}
    FROM "Match" m WHERE ${where}
    GROUP BY GROUPING SETS ((m."metDepartment"), (m."contentOrganized"))`;
  const pick = (f: (r: (typeof rows)[number]) => boolean) => toCounts(rows.find(f));
  return {
    metDepartment: {
      with: pick((r) => r.byMet === 0 && r.met === true),
      without: pick((r) => r.byMet === 0 && r.met === false),
    },
    contentOrganized: {
      with: pick((r) => r.byMet === 1 && r.org === true),
      without: pick((r) => r.byMet === 1 && r.org === false),
    },
  };
}

async function getOptions(scope: FunnelScope): Promise<FunnelDashboard["options"]> {
  const whereScope = funnelWhere(scope, {}, { dates: false });
  const [range, municipalities] = await Promise.all([
    db.$queryRaw<{ lo: number | null; hi: number | null }[]>`
      SELECT extract(year FROM (min(m."createdAt") AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tokyo' - interval '3 months')::int AS "lo",
        extract(year FROM (max(m."createdAt") AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tokyo' - interval '3 months')::int AS "hi"
      FROM "Match" m WHERE ${whereScope}`,
    scope.kind === "all"
      ? db.$queryRaw<{ id: string; name: string; prefectureCode: string | null }[]>`
          SELECT o."id", o."name", o."prefectureCode" FROM "Organization" o
          WHERE o."kind" = 'MUNICIPALITY' AND EXISTS (SELECT 1 FROM "Match" m WHERE m."municipalityId" = o."id")
          ORDER BY o."prefectureCode" ASC NULLS LAST, o."lgCode" ASC NULLS LAST, o."name" ASC`
      : Promise.resolve([]),
  ]);
  const { lo, hi } = range[0] ?? { lo: null, hi: null };
  const fiscalYears = lo !== null && hi !== null ? Array.from({ length: hi - lo + 1 }, (_, i) => hi - i) : [];
  return {
    fiscalYears,
    municipalities: municipalities.map((o) => ({
      id: o.id,
      name: `${prefectureName(o.prefectureCode)} ${o.name}`.trim(),
    })),
  };
}

/**
 * Everything the dashboard shows, in one call (the page and `npm run bench:funnel` both use it).
 * null when the user may not see any funnel (companies, staff awaiting approval, signed out).
 */
export async function getFunnelDashboard(
  user: SessionUser | null,
  filter: FunnelFilter,
): Promise<FunnelDashboard | null> {
  const scope = funnelScopeFor(user);
  if (!scope) return null;
  const where = funnelWhere(scope, filter);
  // Staff see one municipality: its municipality breakdown would be one row, so it is not run.
  const dims = (["municipality", "department", "origin", "theme", "coordinator", "scheme", "month"] as const).filter(
    (b) => scope.kind === "all" || b !== "municipality",
  );
  const [{ summary, stages }, declines, flags, options, sources, ...tables] = await Promise.all([
    getSummary(where),
    getDeclines(where),
    getFlags(where),
    getOptions(scope),
    getSourceFunnel(scope, filter),
    ...dims.map((b) => getFunnelBreakdown(scope, filter, b)),
  ]);
  const breakdowns = {
    municipality: [],
    department: [],
    origin: [],
    theme: [],
    coordinator: [],
    scheme: [],
    month: [],
  } as Record<Breakdown, BreakdownRow[]>;
  dims.forEach((b, i) => (breakdowns[b] = tables[i]));
  return { scope, summary, stages, declines, flags, breakdowns, sources, options };
}

/** The label of the municipality a staff member's funnel is scoped to, or the coordinator's filter. */
export async function getFunnelMunicipalityName(id: string): Promise<string | null> {
  const o = await db.organization.findFirst({
    where: { id, kind: "MUNICIPALITY" },
    select: { name: true, prefectureCode: true },
  });
  return o ? `${prefectureName(o.prefectureCode)} ${o.name}`.trim() : null;
}
