import { loadDocuments } from "./documents";
import { getSearchBackend } from "./index";
import type { SearchKind } from "./types";

/**
 * The search.index job: load the row; index it when it is public, remove it otherwise (deleted,
 * unpublished, closed, made private). Idempotent, so a retried job or a duplicate is harmless.
 */
export async function indexDocument(
  kind: SearchKind,
  id: string,
): Promise<{ kind: string; id: string; indexed: boolean }> {
  const backend = await getSearchBackend();
  const [doc] = await loadDocuments(kind, [id]);
  if (doc) await backend.upsert([doc]);
  else await backend.remove(kind, [id]);
  return { kind, id, indexed: !!doc };
}

/** Many ids of one kind at once (reindex, seeds): one load and one write per batch. */
export async function indexMany(kind: SearchKind, ids: string[]): Promise<{ indexed: number; removed: number }> {
  const backend = await getSearchBackend();
  const docs = await loadDocuments(kind, ids);
  const present = new Set(docs.map((d) => d.id));
  const gone = ids.filter((id) => !present.has(id));
  await backend.upsert(docs);
  await backend.remove(kind, gone);
  return { indexed: docs.length, removed: gone.length };
}
