import type { SearchBackend, SearchFilters, SearchKind } from "./types";

// Relevance of a search backend over judged queries (tests/search/judged-queries.json): graded judgements
// (2 = about it, 1 = mentioned in passing, unlisted = 0), scored as nDCG@10 and recall@20. Shared by
// `npm run search:relevance` and the unit test that holds the goals (relevance.test.ts).

export type JudgedQuery = { q: string; kind: SearchKind; relevance: Record<string, number>; note?: string };
export type QueryScore = { query: JudgedQuery; ndcg: number; recall: number; ids: string[] };
export type RelevanceReport = { ndcg: number; recall: number; scores: QueryScore[] };

export const NDCG_AT = 10;
export const RECALL_AT = 20;
export const GOALS = { ndcg: 0.85, recall: 0.95 };

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: number[]) => grades.slice(0, NDCG_AT).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

/** nDCG@10: the page's discounted gain over the best possible order's. */
export function ndcgAt10(ids: string[], relevance: Record<string, number>): number {
  const ideal = dcg(
    Object.values(relevance)
      .filter((g) => g > 0)
      .sort((a, b) => b - a),
  );
  return ideal === 0 ? 1 : dcg(ids.map((id) => relevance[id] ?? 0)) / ideal;
}

/** recall@20: relevant ids among the first 20, out of as many as 20 can hold (a query with 26 relevant
 *  documents scores 1 when its first 20 are all relevant). */
export function recallAt20(ids: string[], relevance: Record<string, number>): number {
  const relevant = Object.keys(relevance).filter((id) => relevance[id] > 0);
  if (relevant.length === 0) return 1;
  const top = new Set(ids.slice(0, RECALL_AT));
  return relevant.filter((id) => top.has(id)).length / Math.min(RECALL_AT, relevant.length);
}

export async function measureRelevance(
  backend: SearchBackend,
  queries: JudgedQuery[],
  filters?: SearchFilters,
): Promise<RelevanceReport> {
  const scores: QueryScore[] = [];
  for (const query of queries) {
    const result = await backend.search({ kind: query.kind, q: query.q, perPage: RECALL_AT, filters });
    const ids = result.hits.map((h) => h.id);
    scores.push({ query, ids, ndcg: ndcgAt10(ids, query.relevance), recall: recallAt20(ids, query.relevance) });
  }
  const mean = (f: (s: QueryScore) => number) => scores.reduce((sum, s) => sum + f(s), 0) / (scores.length || 1);
  return { ndcg: mean((s) => s.ndcg), recall: mean((s) => s.recall), scores };
}
