import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PilotTerms } from "./schema";

// The agreed terms of a pilot, between the form's shape (dates as "YYYY-MM-DD", cost as FREE / PAID) and the row's.

export const TERMS_SELECT = {
  title: true,
  purpose: true,
  startsOn: true,
  endsOn: true,
  cityProvides: true,
  companyProvides: true,
  costFree: true,
  costAmount: true,
  costNote: true,
  midReviewOn: true,
  endReviewOn: true,
  criteria: { select: { label: true, target: true, baseline: true }, orderBy: { sortOrder: "asc" } },
} as const satisfies Prisma.PilotSelect;
type TermsRow = Prisma.PilotGetPayload<{ select: typeof TERMS_SELECT }>;

const day = (d: Date) => d.toISOString().slice(0, 10);
const date = (s: string) => new Date(`${s}T00:00:00Z`);

/** The row's columns for the terms (criteria are written separately). */
export function termsData(t: PilotTerms) {
  const free = t.cost === "FREE";
  return {
    title: t.title,
    purpose: t.purpose,
    startsOn: date(t.startsOn),
    endsOn: date(t.endsOn),
    cityProvides: t.cityProvides,
    companyProvides: t.companyProvides,
    costFree: free,
    costAmount: free || t.costAmount === undefined ? null : BigInt(t.costAmount),
    costNote: t.costNote ?? null,
    midReviewOn: t.midReviewOn ? date(t.midReviewOn) : null,
    endReviewOn: date(t.endReviewOn),
  };
}

/** The stored terms in the form's shape: the edit form's initial values, and what an edit is compared with. */
export function storedTerms(p: TermsRow): PilotTerms {
  return {
    title: p.title,
    purpose: p.purpose,
    criteria: p.criteria.map((c) => ({ label: c.label, target: c.target, baseline: c.baseline ?? undefined })),
    startsOn: day(p.startsOn),
    endsOn: day(p.endsOn),
    cityProvides: p.cityProvides,
    companyProvides: p.companyProvides,
    cost: p.costFree ? "FREE" : "PAID",
    costAmount: p.costFree || p.costAmount === null ? undefined : Number(p.costAmount),
    costNote: p.costNote ?? undefined,
    midReviewOn: p.midReviewOn ? day(p.midReviewOn) : undefined,
    endReviewOn: day(p.endReviewOn),
  };
}

/** Whether an edit changes anything both sides agree to (an amount given for a free pilot is not kept). */
export function sameTerms(a: PilotTerms, b: PilotTerms): boolean {
  const norm = (t: PilotTerms) =>
    JSON.stringify([
      t.title,
      t.purpose,
      t.criteria.map((c) => [c.label, c.target, c.baseline ?? null]),
      t.startsOn,
      t.endsOn,
      t.cityProvides,
      t.companyProvides,
      t.cost,
      t.cost === "FREE" ? null : (t.costAmount ?? null),
      t.costNote ?? null,
      t.midReviewOn ?? null,
      t.endReviewOn,
    ]);
  return norm(a) === norm(b);
}
