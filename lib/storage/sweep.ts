import "server-only";
import { db } from "@/lib/db";
import { getStorage, type DocumentStorage } from "./index";

/** Files younger than this may belong to an upload whose transaction is still running. */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;
const BATCH = 500;

// Uploads are stored before their transaction commits (so a Document row never lacks its file) and
// removed again when it fails; a process killed in between leaves the file behind. Such files are
// never served (every download goes through a Document row or a logo key), so they are only disk
// space: this daily sweep deletes stored files that nothing references.
export async function sweepOrphanedFiles(
  now = new Date(),
  storage: DocumentStorage = getStorage(),
): Promise<{ checked: number; deleted: number }> {
  let checked = 0;
  let deleted = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const [docs, logos] = await Promise.all([
      db.document.findMany({ where: { storageKey: { in: batch } }, select: { storageKey: true } }),
      db.companyProfile.findMany({ where: { logoKey: { in: batch } }, select: { logoKey: true } }),
    ]);
    const used = new Set<string | null>([...docs.map((d) => d.storageKey), ...logos.map((l) => l.logoKey)]);
    for (const key of batch) {
      if (used.has(key)) continue;
      await storage.delete(key);
      deleted++;
    }
    checked += batch.length;
    batch = [];
  };
  for await (const key of storage.listOlderThan(new Date(now.getTime() - SWEEP_GRACE_MS))) {
    batch.push(key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { checked, deleted };
}
