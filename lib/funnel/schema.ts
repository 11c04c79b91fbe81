import { choiceParam, dateSchema, fiscalYearParam, idSchema, searchParam, z } from "@/lib/fields";

// Filters of the funnel dashboard and its CSV, from GET params. Every field falls back to "no filter"
// on its own, so a hand-edited URL never breaks the page (docs/metrics.md explains each filter).

export const BREAKDOWNS = ["municipality", "department", "origin", "theme", "coordinator", "scheme", "month"] as const;
/** Where a match came from (docs/metrics.md): a challenge, a theme call's answer, a company's proposal, an introduction. */
export const ORIGINS = ["CHALLENGE", "THEME_CALL", "PROPOSAL", "INTRODUCTION"] as const;
export type FunnelOrigin = (typeof ORIGINS)[number];
export type Breakdown = (typeof BREAKDOWNS)[number];
/** What the CSV route can export: everything in one file with a 区分 column, or one table. */
export const CSV_PARTS = [
  "all",
  "summary",
  "stages",
  "declines",
  "flags",
  "sources",
  ...BREAKDOWNS,
  "replication",
] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

export const funnelFilterSchema = z.object({
  /** 年度 of Match.createdAt in JST (April–March). */
  fy: fiscalYearParam,
  /** Inclusive JST calendar dates of Match.createdAt. */
  from: searchParam(dateSchema),
  to: searchParam(dateSchema),
  /** Coordinators and admins only; ignored for municipal staff, who always see their own municipality. */
  municipality: searchParam(idSchema),
});
export type FunnelFilter = z.infer<typeof funnelFilterSchema>;

// Plural spellings are accepted too (part=departments, part=origins), as links in the issue and the docs use them.
const PLURAL: Record<string, CsvPart> = { departments: "department", origins: "origin" };
const singular = (v: unknown) => (typeof v === "string" && v in PLURAL ? PLURAL[v] : v);

export const csvParamsSchema = funnelFilterSchema.extend({
  part: z.preprocess(singular, choiceParam(CSV_PARTS, "all")),
});
export type CsvParams = z.infer<typeof csvParamsSchema>;

export function parseFunnelFilter(params: Record<string, unknown>): FunnelFilter {
  const r = funnelFilterSchema.safeParse(params);
  return r.success ? r.data : {};
}

export function parseCsvParams(params: Record<string, unknown>): CsvParams {
  const r = csvParamsSchema.safeParse(params);
  return r.success ? r.data : { part: "all" };
}

/** The filter back as URL params (for the CSV link next to the figures). */
export function filterToQuery(f: FunnelFilter, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (f.fy !== undefined) p.set("fy", String(f.fy));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.municipality) p.set("municipality", f.municipality);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** "2024-04" → "2024年4月" (ja) / "Apr 2024" (en); Excel would turn a bare "2024-04" into a date. */
export function formatMonth(key: string | null, locale = "ja"): string {
  if (!key) return "";
  const [y, m] = key.split("-").map(Number);
  if (!y || !m) return key;
  return locale === "ja"
    ? `${y}年${m}月`
    : new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}
