import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { countIndexable, indexableIds } from "./documents";
import { getSearchBackend } from "./index";
import { indexMany } from "./indexer";
import { SEARCH_KINDS, type SearchKind } from "./types";

// Full rebuild: every index is emptied and refilled from the source tables in id order. After each
// batch the last id is written to a checkpoint file, so an interrupted run continues where it
// stopped (`--resume`) instead of starting again on 40,000 rows. Jobs that run meanwhile are
// harmless: indexing a row twice gives the same document.
// No "server-only" marker in the modules this loads: the seeds (plain tsx, outside Next) call it.

type Checkpoint = { kind: SearchKind; after: string | null; done: number };
export type ReindexProgress = (kind: SearchKind, done: number, total: number) => void;

export const DEFAULT_CHECKPOINT = path.resolve(import.meta.dirname, "../../.data/search-reindex.json");

function readCheckpoint(file: string | undefined): Checkpoint | null {
  if (!file || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Checkpoint;
  } catch {
    return null;
  }
}

export async function reindexAll(
  opts: {
    kinds?: readonly SearchKind[];
    batch?: number;
    resume?: boolean;
    checkpointFile?: string;
    onProgress?: ReindexProgress;
  } = {},
) {
  const kinds = opts.kinds ?? SEARCH_KINDS;
  const batch = opts.batch ?? 500;
  // Seeds pass no checkpoint file: several may run at once (e2e servers), and they always start afresh.
  const file = opts.checkpointFile;
  const backend = await getSearchBackend();
  await backend.setup();
  const saved = opts.resume ? readCheckpoint(file) : null;
  const startAt = saved ? Math.max(0, kinds.indexOf(saved.kind)) : 0;
  const counts: Partial<Record<SearchKind, number>> = {};
  for (const kind of kinds.slice(startAt)) {
    const resuming = saved?.kind === kind;
    let after = resuming ? saved.after : null;
    let done = resuming ? saved.done : 0;
    const total = await countIndexable(kind);
    if (!resuming) await backend.clear(kind);
    opts.onProgress?.(kind, done, total);
    for (;;) {
      const ids = await indexableIds(kind, after, batch);
      if (ids.length === 0) break;
      await indexMany(kind, ids);
      after = ids[ids.length - 1];
      done += ids.length;
      if (file) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify({ kind, after, done } satisfies Checkpoint));
      }
      opts.onProgress?.(kind, done, total);
    }
    counts[kind] = done;
  }
  if (file) rmSync(file, { force: true });
  // Dead rows of the cleared index out of the narrow heap, and fresh statistics for the planner.
  if (backend.name === "postgres") await db.$executeRawUnsafe(`VACUUM ANALYZE "SearchKey"`);
  return { backend: backend.name, counts };
}
