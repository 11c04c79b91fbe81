import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import casesJa from "@/lib/i18n/messages/ja/cases.json";
import funnelJa from "@/lib/i18n/messages/ja/funnel.json";
import pipelineJa from "@/lib/i18n/messages/ja/pipeline.json";
import { PIPELINE } from "@/lib/matches/stages";
import { toCsv, type Cell } from "./csv";
import { feasibilityRate, meetingRate, type BreakdownRow, type FunnelCounts } from "./metrics";
import { getFunnelDashboard, getFunnelMunicipalityName, type FunnelDashboard } from "./queries";
import type { SourceRow } from "./sources";
import { getReplicationFunnel, type ReplicationRow } from "./replication";
import replicationJa from "@/lib/i18n/messages/ja/replication.json";
import { BREAKDOWNS, formatMonth, type Breakdown, type CsvParams, type FunnelOrigin } from "./schema";

// The CSV is always in Japanese (headers and labels), whatever the page language: it goes into
// municipal reports and Excel sheets. One file, with a 区分 column naming the table of each row, so a
// clerk can filter it in Excel; `part` narrows it to one table.
const H = funnelJa.csv.headers;
export const CSV_HEADER = [
  H.section,
  H.item,
  H.sub,
  H.total,
  H.r1,
  H.r2,
  H.r3,
  H.r4,
  H.declined,
  H.meetingRate,
  H.feasibilityRate,
  // Only on the 流入元別 rows (views → interests); empty elsewhere, so the other tables keep their columns.
  H.views,
  H.interests,
  H.viewRate,
  // Only on the 横展開 rows (their matches fill the count columns); empty elsewhere.
  replicationJa.funnel.cases,
  replicationJa.funnel.challenges,
  replicationJa.funnel.born,
];

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const countsCells = (c: FunnelCounts): Cell[] => [
  c.total,
  c.reached[1],
  c.reached[2],
  c.reached[3],
  c.reached[4],
  c.declined,
  pct(meetingRate(c)),
  pct(feasibilityRate(c)),
];
const stageJa = (s: keyof typeof pipelineJa.stage) => pipelineJa.stage[s];

function breakdownLabel(by: Breakdown, r: BreakdownRow): [string, string | null] {
  if (r.key === null) return [funnelJa.breakdown.none[by], null];
  if (by === "scheme") return [casesJa.scheme[r.key as keyof typeof casesJa.scheme] ?? r.key, null];
  if (by === "origin") return [funnelJa.breakdown.origins[r.key as FunnelOrigin] ?? r.key, null];
  if (by === "theme") return [r.label ?? "", null];
  if (by === "month") return [formatMonth(r.key), null];
  return [r.label ?? "", r.sub];
}

function rowsOf(d: FunnelDashboard, part: CsvParams["part"]): Cell[][] {
  const S = funnelJa.csv.sections;
  const out: Cell[][] = [];
  const want = (p: CsvParams["part"]) => part === "all" || part === p;
  if (want("summary")) out.push([S.summary, funnelJa.csv.allMatches, null, ...countsCells(d.summary)]);
  if (want("stages"))
    for (const s of [...PIPELINE, "DECLINED"] as const) out.push([S.stages, stageJa(s), null, d.stages[s]]);
  if (want("declines")) {
    for (const r of d.declines.byReason)
      out.push([
        S.declineReasons,
        r.reason ? pipelineJa.declineReason[r.reason] : funnelJa.declines.unknown,
        null,
        r.n,
      ]);
    for (const r of d.declines.byRank) out.push([S.declineRanks, stageJa(PIPELINE[r.rank] ?? "INTEREST"), null, r.n]);
  }
  if (want("flags")) {
    for (const flag of ["metDepartment", "contentOrganized"] as const) {
      const name = pipelineJa.flags[flag];
      out.push([S.flags, funnelJa.csv.flagWith.replace("{flag}", name), null, ...countsCells(d.flags[flag].with)]);
      out.push([
        S.flags,
        funnelJa.csv.flagWithout.replace("{flag}", name),
        null,
        ...countsCells(d.flags[flag].without),
      ]);
    }
  }
  if (want("sources")) {
    const gap = Array<Cell>(CSV_HEADER.indexOf(H.views) - 3).fill(null);
    const sourceCells = (r: SourceRow): Cell[] => [...gap, r.views, r.interests, pct(r.rate)];
    for (const r of d.sources.rows) out.push([S.sources, funnelJa.sources.labels[r.source!], null, ...sourceCells(r)]);
    out.push([S.sources, funnelJa.sources.total, null, ...sourceCells(d.sources.total)]);
  }
  for (const by of BREAKDOWNS) {
    if (!want(by)) continue;
    for (const r of d.breakdowns[by])
      out.push([funnelJa.breakdown.heading[by], ...breakdownLabel(by, r), ...countsCells(r)]);
  }
  return out;
}

/** 横展開 by theme: its matches in the count columns, its own three figures in the last columns. */
function replicationRows(rows: ReplicationRow[]): Cell[][] {
  const F = replicationJa.funnel;
  const gap = Array<Cell>(3).fill(null);
  return rows.map((r) => [
    F.heading,
    r.total ? F.total : r.key === null ? F.none : (r.label ?? ""),
    null,
    ...countsCells(r.matches),
    ...gap,
    r.cases,
    r.challenges,
    r.born,
  ]);
}

const ymdJst = (d: Date) => new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");

/** The CSV for what the user may see (same scope as the page), or null → 404. */
export async function buildFunnelCsv(user: SessionUser | null, params: CsvParams, now = new Date()) {
  const { part, ...filter } = params;
  const d = await getFunnelDashboard(user, filter);
  if (!d) return null;
  const muniId = d.scope.kind === "municipality" ? d.scope.municipalityId : filter.municipality;
  const place = muniId
    ? ((await getFunnelMunicipalityName(muniId)) ?? "").replace(/\s+/g, "")
    : funnelJa.csv.allMunicipalities;
  const period =
    filter.fy !== undefined
      ? `${filter.fy}年度`
      : filter.from || filter.to
        ? `${filter.from ?? ""}〜${filter.to ?? ""}`
        : funnelJa.csv.allPeriods;
  const partName =
    part === "all"
      ? ""
      : part === "replication"
        ? `_${replicationJa.funnel.heading}`
        : `_${part in funnelJa.breakdown.heading ? funnelJa.breakdown.heading[part as Breakdown] : (funnelJa.csv.sections as Record<string, string>)[part === "declines" ? "declineReasons" : part]}`;
  const stamp = ymdJst(now);
  return {
    body: toCsv(CSV_HEADER, [
      ...rowsOf(d, part),
      ...(part === "all" || part === "replication" ? replicationRows(await getReplicationFunnel(d.scope, filter)) : []),
    ]),
    filename: `${funnelJa.csv.filename}_${place}_${period}${partName}_${stamp}.csv`,
    asciiFilename: `funnel_${part}_${filter.fy ?? "all"}_${stamp}.csv`,
  };
}
