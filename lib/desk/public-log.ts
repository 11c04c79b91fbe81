import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { jstFiscalYear } from "@/lib/budget-calendar/next-step";
import { businessDaysBetween } from "./due";
import { OPEN_PROPOSAL_STATUSES } from "./targets";

// The public log of a municipality's proposal desk (opt-in, DeskSetting.publicLog): counts only, never a title,
// a company or a text. A cell of 1 or 2 is shown as 「3件未満」 so that a company known to have proposed cannot read
// its own outcome off the table. Where 受付 or any outcome of a row is small, every other outcome of that row is
// 「非表示」 too (zeros included: 3件未満 / 0 / 0 would say what the few proposals became, and one shown outcome
// would give the small ones away as 受付 minus the others), and so are the total's outcomes (total minus the other
// years would give that year's back).

/** Counts below this are not shown. */
export const SMALL = 3;

/** A shown count, "small" for 1–2, or "hidden" where it would give a small one away. */
export type Cell = number | "small" | "hidden";

export type LogRow = {
  /** The fiscal year (April–March, Japan time), or null for the total. */
  fiscalYear: number | null;
  received: Cell;
  routed: Cell;
  adopted: Cell;
  declined: Cell;
  open: Cell;
  /** Mean business days from 受付 to the first answer; null when nothing was answered, "small" for 1–2 answers. */
  averageDays: number | "small" | null;
};

export type PublicLog = { municipality: { name: string; lgCode: string }; rows: LogRow[]; total: LogRow };

type Raw = { received: number; routed: number; adopted: number; declined: number; open: number; days: number[] };

const LG_CODE = /^\d{6}$/;

/** null (the page answers 404) unless the lgCode is a municipality that turned its public log on. */
export const getPublicLog = cache(async (lgCode: string, now = new Date()): Promise<PublicLog | null> => {
  if (!LG_CODE.test(lgCode)) return null;
  const m = await db.organization.findFirst({
    where: { lgCode, kind: "MUNICIPALITY", deskSetting: { is: { publicLog: true } } },
    select: { id: true, name: true, lgCode: true },
  });
  if (!m) return null;
  const proposals = await db.proposal.findMany({
    where: { municipalityId: m.id },
    select: {
      status: true,
      createdAt: true,
      firstAnsweredAt: true,
      departmentId: true,
      events: { where: { toStatus: "ROUTED" }, select: { id: true }, take: 1 },
    },
  });
  const years = new Map<number, Raw>([[jstFiscalYear(now), empty()]]);
  const total = empty();
  for (const p of proposals) {
    const fy = jstFiscalYear(p.createdAt);
    const row = years.get(fy) ?? years.set(fy, empty()).get(fy)!;
    for (const r of [row, total]) {
      r.received++;
      if (p.departmentId || p.events.length) r.routed++;
      if (p.status === "ADOPTED") r.adopted++;
      else if (p.status === "DECLINED") r.declined++;
      else if ((OPEN_PROPOSAL_STATUSES as readonly string[]).includes(p.status)) r.open++;
      if (p.firstAnsweredAt) r.days.push(businessDaysBetween(p.createdAt, p.firstAnsweredAt));
    }
  }
  const rows = [...years].sort((a, b) => b[0] - a[0]).map(([fy, r]) => shown(fy, r));
  const anyHidden = rows.some((r) => OUTCOMES.some((k) => typeof r[k] !== "number"));
  return { municipality: { name: m.name, lgCode: m.lgCode! }, rows, total: shown(null, total, anyHidden) };
});

function empty(): Raw {
  return { received: 0, routed: 0, adopted: 0, declined: 0, open: 0, days: [] };
}

const cell = (n: number): Cell => (n > 0 && n < SMALL ? "small" : n);

const OUTCOMES = ["adopted", "declined", "open"] as const;

/** One row as the public sees it: small cells 「3件未満」, and its outcomes hidden wherever one could be worked out. */
export function shown(fiscalYear: number | null, r: Raw, hideOutcomes = false): LogRow {
  const hide = hideOutcomes || cell(r.received) === "small" || OUTCOMES.some((k) => cell(r[k]) === "small");
  const by = Object.fromEntries(
    OUTCOMES.map((k) => [k, cell(r[k]) === "small" ? "small" : hide ? "hidden" : r[k]]),
  ) as Record<(typeof OUTCOMES)[number], Cell>;
  const n = r.days.length;
  return {
    fiscalYear,
    received: cell(r.received),
    routed: cell(r.routed),
    ...by,
    averageDays: n === 0 ? null : n < SMALL ? "small" : Math.round((r.days.reduce((a, b) => a + b, 0) / n) * 10) / 10,
  };
}

/** The path of a municipality's public log, or null while it is off (the link under its public challenges). */
export async function publicLogPath(municipalityId: string): Promise<string | null> {
  const m = await db.organization.findFirst({
    where: {
      id: municipalityId,
      kind: "MUNICIPALITY",
      lgCode: { not: null },
      deskSetting: { is: { publicLog: true } },
    },
    select: { lgCode: true },
  });
  return m ? `/municipalities/${m.lgCode}/proposals` : null;
}
