import "server-only";

/**
 * One value for the whole process for `ms`, then loaded again — for lists that change rarely and
 * may be a minute late (which prefectures have cases, the municipalities of a prefecture). Only in
 * production: tests and `next dev` always read the database. Concurrent callers share one load,
 * and a failed load is not kept.
 */
export function memoFor<T>(ms: number, load: () => Promise<T>): () => Promise<T> {
  let hit: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (process.env.NODE_ENV !== "production") return load();
    const now = Date.now();
    if (!hit || now - hit.at > ms) {
      const value = load();
      hit = { at: now, value };
      value.catch(() => {
        if (hit?.value === value) hit = undefined;
      });
    }
    return hit.value;
  };
}
