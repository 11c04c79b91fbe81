import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { isCoordinator, isMunicipalStaff } from "@/lib/auth/roles";
import type { FunnelFilter } from "./schema";

// Who sees which funnel, as SQL (authorization in the query, like lib/matches/access.ts):
// coordinators and admins every match (optionally one municipality); ACTIVE municipal staff only
// their own municipality's; everyone else nothing.
export type FunnelScope = { kind: "all" } | { kind: "municipality"; municipalityId: string };

export function funnelScopeFor(user: SessionUser | null): FunnelScope | null {
  if (!user) return null;
  if (isCoordinator(user)) return { kind: "all" };
  if (isMunicipalStaff(user) && user.status === "ACTIVE" && user.organizationId) {
    return { kind: "municipality", municipalityId: user.organizationId };
  }
  return null;
}

const JST_OFFSET_MS = 9 * 3600_000;

/** Midnight JST of a calendar date as the UTC wall time Prisma stores in timestamp(3) columns. */
export function jstMidnightUtc(y: number, month1: number, d: number): string {
  return new Date(Date.UTC(y, month1 - 1, d) - JST_OFFSET_MS).toISOString().slice(0, 23).replace("T", " ");
}

export const parseYmd = (s: string) => s.split("-").map(Number) as [number, number, number];
export const nextDay = (s: string) => {
  const [y, m, d] = parseYmd(s);
  const n = new Date(Date.UTC(y, m - 1, d + 1));
  return [n.getUTCFullYear(), n.getUTCMonth() + 1, n.getUTCDate()] as const;
};

/** The WHERE clause of every funnel query, on the alias m = "Match". */
export function funnelWhere(scope: FunnelScope, filter: FunnelFilter, opts: { dates?: boolean } = {}): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  const municipalityId = scope.kind === "municipality" ? scope.municipalityId : filter.municipality;
  if (municipalityId) and.push(Prisma.sql`m."municipalityId" = ${municipalityId}`);
  if (opts.dates !== false) {
    // Fiscal year and dates are JST calendar days of createdAt; the bounds are computed here so the
    // createdAt index can be used (no function on the column).
    if (filter.fy !== undefined) {
      and.push(
        Prisma.sql`m."createdAt" >= ${jstMidnightUtc(filter.fy, 4, 1)}::timestamp AND m."createdAt" < ${jstMidnightUtc(filter.fy + 1, 4, 1)}::timestamp`,
      );
    }
    if (filter.from) and.push(Prisma.sql`m."createdAt" >= ${jstMidnightUtc(...parseYmd(filter.from))}::timestamp`);
    if (filter.to) and.push(Prisma.sql`m."createdAt" < ${jstMidnightUtc(...nextDay(filter.to))}::timestamp`);
  }
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

/** JST month of createdAt, "2024-04". */
export const JST_MONTH = Prisma.sql`to_char((m."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')`;

/** The funnel counts of a group, every one an aggregate over the grouped rows. */
export const COUNTS = Prisma.sql`
  count(*)::int AS "total",
  count(*) FILTER (WHERE m."maxStageRank" >= 1)::int AS "r1",
  count(*) FILTER (WHERE m."maxStageRank" >= 2)::int AS "r2",
  count(*) FILTER (WHERE m."maxStageRank" >= 3)::int AS "r3",
  count(*) FILTER (WHERE m."maxStageRank" >= 4)::int AS "r4",
  count(*) FILTER (WHERE m."stage" = 'DECLINED')::int AS "declined"`;

export type CountsRow = { total: number; r1: number; r2: number; r3: number; r4: number; declined: number };

export const toCounts = (r: CountsRow | undefined) =>
  r
    ? {
        total: r.total,
        reached: [r.total, r.r1, r.r2, r.r3, r.r4] as [number, number, number, number, number],
        declined: r.declined,
      }
    : { total: 0, reached: [0, 0, 0, 0, 0] as [number, number, number, number, number], declined: 0 };
