import { z } from "zod";
import { defineJob } from "../define-job";

/** A case, challenge or company changed: update (or remove) its search document (lib/search/indexer.ts). */
export const searchIndexJob = defineJob({
  name: "search.index",
  schema: z.object({ kind: z.enum(["CASE", "CHALLENGE", "COMPANY"]), id: z.string().min(1).max(64) }),
  example: { kind: "CASE", id: "cmcase00000000000000000001" },
  // Fails (and is retried) while Meilisearch is down.
  handler: async (d) => (await import("@/lib/search/indexer")).indexDocument(d.kind, d.id),
  retry: { limit: 8 },
  worker: { batchSize: 20, concurrency: 2, pollSeconds: 0.5 },
});
