import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { canViewDirectory } from "@/lib/companies/access";
import { db } from "@/lib/db";
import companiesJa from "@/lib/i18n/messages/ja/companies.json";
import { INDEXABLE_CASE, INDEXABLE_CHALLENGE, INDEXABLE_COMPANY } from "./documents";
import { getSearchBackend } from "./index";
import { DEFAULT_PER_PAGE } from "./postgres";
import { NATIONWIDE, type SearchFilters, type SearchHit, type SearchKind, type SearchResult } from "./types";

// THE facade for pages. Every hit a backend returns is loaded again from its source table through
// the same "public" rule the indexer uses, so a stale index entry (a challenge made private a moment
// ago, before its job ran) is dropped here whatever the backend. Companies are only searched for
// users who may see the directory (lib/companies/access.ts).

export type SearchTab = SearchKind;
export const MAX_PAGE = 50;

type Hydrated = {
  href: string;
  title: string;
  subtitle: string;
  year: number | null;
  isDemo?: boolean;
  municipalityId?: string;
  municipalityName?: string;
};

export function searchableKinds(user: SessionUser | null): SearchTab[] {
  return canViewDirectory(user) ? ["CASE", "CHALLENGE", "COMPANY"] : ["CASE", "CHALLENGE"];
}

const industryLabel = (i: string) => (companiesJa.industry as Record<string, string>)[i] ?? i;

/** Source rows for the ids that are still public, keyed by id. */
async function hydrate(kind: SearchKind, ids: string[]): Promise<Map<string, Hydrated>> {
  if (ids.length === 0) return new Map();
  if (kind === "CASE") {
    const rows = await db.case.findMany({
      where: { AND: [{ id: { in: ids } }, INDEXABLE_CASE] },
      select: { id: true, title: true, fiscalYear: true, isDemo: true, municipality: { select: { name: true } } },
    });
    return new Map(
      rows.map((r) => [
        r.id,
        { href: `/cases/${r.id}`, title: r.title, subtitle: r.municipality.name, year: r.fiscalYear, isDemo: r.isDemo },
      ]),
    );
  }
  if (kind === "CHALLENGE") {
    const rows = await db.challenge.findMany({
      where: { AND: [{ id: { in: ids } }, INDEXABLE_CHALLENGE] },
      select: { id: true, title: true, municipalityId: true, municipality: { select: { name: true } } },
    });
    return new Map(
      rows.map((r) => [
        r.id,
        {
          href: `/challenges/${r.id}`,
          title: r.title,
          subtitle: r.municipality.name,
          year: null,
          municipalityId: r.municipalityId,
          municipalityName: r.municipality.name,
        },
      ]),
    );
  }
  const rows = await db.organization.findMany({
    where: { AND: [{ id: { in: ids } }, INDEXABLE_COMPANY] },
    select: { id: true, name: true, companyProfile: { select: { industries: true } } },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        href: `/companies/${r.id}`,
        title: r.name,
        subtitle: (r.companyProfile?.industries ?? []).map(industryLabel).join("・"),
        year: null,
      },
    ]),
  );
}

/** Companies serving all of Japan match every prefecture filter, as in the directory. */
function withNationwide(kind: SearchKind, f: SearchFilters | undefined): SearchFilters | undefined {
  if (kind !== "COMPANY" || !f?.prefectureCodes?.length || f.prefectureCodes.includes(NATIONWIDE)) return f;
  return { ...f, prefectureCodes: [...f.prefectureCodes, NATIONWIDE] };
}

const emptyResult = (kind: SearchTab, page = 1): SearchResult & { kind: SearchTab } => ({
  kind,
  hits: [],
  total: 0,
  facets: {},
  page,
  perPage: DEFAULT_PER_PAGE,
});

export async function searchFor(
  user: SessionUser | null,
  input: { kind: SearchTab; q: string; filters?: SearchFilters; sort?: "relevance" | "newest"; page?: number },
): Promise<SearchResult & { kind: SearchTab }> {
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(input.page ?? 1)));
  // The company tab does not exist for anonymous users, companies and pending staff: an empty answer, not an error page.
  if (!searchableKinds(user).includes(input.kind)) return emptyResult(input.kind, page);
  const backend = await getSearchBackend();
  const result = await backend.search({
    kind: input.kind,
    q: input.q.slice(0, 100),
    filters: withNationwide(input.kind, input.filters),
    sort: input.sort,
    page,
    perPage: DEFAULT_PER_PAGE,
  });
  const rows = await hydrate(
    input.kind,
    result.hits.map((h) => h.id),
  );
  const hits: SearchHit[] = result.hits.flatMap((h) => {
    const r = rows.get(h.id);
    return r ? [{ ...h, href: r.href, subtitle: r.subtitle, year: h.year ?? r.year, isDemo: r.isDemo }] : [];
  });
  return { ...result, kind: input.kind, hits, total: Math.max(0, result.total - (result.hits.length - hits.length)) };
}

/** Totals for the tabs: only the kinds this user may search. `estimate`: a sampled total (show 「約」). */
export async function countsByKind(
  user: SessionUser | null,
  q: string,
  filters?: SearchFilters,
): Promise<Partial<Record<SearchTab, { count: number; estimate: boolean }>>> {
  const backend = await getSearchBackend();
  const kinds = searchableKinds(user);
  // Filters that do not apply to a kind (industries for cases) would empty it; each kind gets only its own.
  const forKind = (k: SearchKind): SearchFilters | undefined =>
    !filters
      ? undefined
      : k === "COMPANY"
        ? withNationwide(k, { prefectureCodes: filters.prefectureCodes })
        : { themeIds: filters.themeIds, prefectureCodes: filters.prefectureCodes, years: filters.years };
  const totals = await Promise.all(
    kinds.map((k) =>
      backend
        .search({ kind: k, q: q.slice(0, 100), filters: forKind(k), perPage: 1 })
        .then((r) => [k, { count: r.total, estimate: r.totalIsEstimate === true }] as const),
    ),
  );
  return Object.fromEntries(totals);
}

/** Title suggestions for the header box: at most 8, across the kinds this user may search. */
export async function suggest(
  user: SessionUser | null,
  q: string,
): Promise<{ kind: SearchTab; id: string; title: string; href: string }[]> {
  if (!q.trim()) return [];
  const backend = await getSearchBackend();
  const raw = await backend.suggest(q.slice(0, 100), 12, searchableKinds(user));
  const out: { kind: SearchTab; id: string; title: string; href: string }[] = [];
  for (const kind of ["CASE", "CHALLENGE", "COMPANY"] as const) {
    const rows = await hydrate(
      kind,
      raw.filter((r) => r.kind === kind).map((r) => r.id),
    );
    for (const r of raw)
      if (r.kind === kind && rows.has(r.id))
        out.push({ kind, id: r.id, title: rows.get(r.id)!.title, href: rows.get(r.id)!.href });
  }
  const order = new Map(raw.map((r, i) => [`${r.kind}:${r.id}`, i]));
  return out.sort((a, b) => order.get(`${a.kind}:${a.id}`)! - order.get(`${b.kind}:${b.id}`)!).slice(0, 8);
}

/**
 * Words worth matching in a free text: runs of kanji, katakana or Latin letters (two characters or
 * more), the longest first. Japanese has no spaces; these runs are the nouns a clerk would search for.
 */
export function keyPhrases(text: string, max = 8): string[] {
  const runs = text.match(/[\p{Script=Han}々]{2,}|[\p{Script=Katakana}ー]{2,}|[A-Za-z0-9Ａ-Ｚａ-ｚ]{3,}/gu) ?? [];
  const counts = new Map<string, number>();
  for (const r of runs) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! * b.length - counts.get(a)! * a.length).slice(0, max);
}

/** For the challenge wizard: past cases and OPEN challenges of other municipalities that resemble the draft. */
export async function similarForDraft(
  user: SessionUser,
  text: string,
  opts: { excludeMunicipalityId?: string },
): Promise<{
  cases: { id: string; title: string; href: string }[];
  challenges: { id: string; title: string; municipalityName: string; href: string }[];
}> {
  void user; // Only public documents are searched, so every signed-in user gets the same answer.
  const q = keyPhrases(text.slice(0, 2000)).join(" ");
  if (!q) return { cases: [], challenges: [] };
  const backend = await getSearchBackend();
  const [cases, challenges] = await Promise.all([
    backend.search({ kind: "CASE", q, match: "any", perPage: 5 }),
    backend.search({ kind: "CHALLENGE", q, match: "any", perPage: 15 }),
  ]);
  const caseRows = await hydrate(
    "CASE",
    cases.hits.map((h) => h.id),
  );
  const challengeRows = await hydrate(
    "CHALLENGE",
    challenges.hits.map((h) => h.id),
  );
  return {
    cases: cases.hits.flatMap((h) =>
      caseRows.has(h.id) ? [{ id: h.id, title: caseRows.get(h.id)!.title, href: caseRows.get(h.id)!.href }] : [],
    ),
    challenges: challenges.hits
      .flatMap((h) => {
        const r = challengeRows.get(h.id);
        return r && r.municipalityId !== opts.excludeMunicipalityId
          ? [{ id: h.id, title: r.title, municipalityName: r.municipalityName ?? "", href: r.href }]
          : [];
      })
      .slice(0, 5),
  };
}
