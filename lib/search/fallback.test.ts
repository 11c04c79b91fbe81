import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss, useJobSchema } from "@/lib/jobs/boss";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { getMunicipality, uid } from "@/tests/fixtures/factories";
import { getSearchBackend, resetSearchBackend } from "./index";
import { indexDocument } from "./indexer";
import { searchFor, suggest } from "./service";

// Meilisearch configured but unreachable (a closed port): searches answer from the PostgreSQL copy
// of the index, never an error; index jobs fail and are retried, and complete once the host works.
let closedPort = 0;
const word = `障害試験${uid()}`;
let caseId = "";

async function closedLocalPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

function meiliDown() {
  process.env.MEILISEARCH_HOST = `http://127.0.0.1:${closedPort}`;
  resetSearchBackend();
}

beforeAll(async () => {
  closedPort = await closedLocalPort();
  const town = await getMunicipality();
  const c = await db.case.create({
    data: {
      title: `${word} 除雪の見える化`,
      summary: "要約",
      body: "本文",
      municipalityId: town.id,
      scheme: "DEMONSTRATION",
      outcome: "COMPLETED",
      fiscalYear: 2025,
    },
  });
  caseId = c.id;
});
afterAll(async () => {
  delete process.env.MEILISEARCH_HOST;
  resetSearchBackend();
  await db.case.delete({ where: { id: caseId } }).catch(() => {});
});

describe("Meilisearch unreachable", () => {
  it("an index update fails (so its job is retried) after writing the PostgreSQL copy", async () => {
    meiliDown();
    expect((await getSearchBackend()).name).toBe("meilisearch");
    await expect(indexDocument("CASE", caseId)).rejects.toThrow();
  });

  it("search, counts and suggestions answer from PostgreSQL instead of failing", async () => {
    meiliDown();
    const r = await searchFor(null, { kind: "CASE", q: word });
    expect(r.hits.map((h) => h.id)).toEqual([caseId]);
    expect((await suggest(null, word)).map((s) => s.id)).toContain(caseId);
  });

  it("a search.index job fails while the host is down and completes once it answers again", async () => {
    meiliDown();
    useJobSchema("pgboss_search_fallback_test");
    let worker: Worker | undefined;
    try {
      worker = await startWorker({ schedule: false });
      const id = (await worker.boss.send("search.index", { kind: "CASE", id: caseId }))!;
      const state = async () => (await worker!.boss.getJobById("search.index", id))?.state;
      await expect.poll(state, { timeout: 20_000, interval: 200 }).toBe("retry");
      // "Back": here the host setting goes away (no Meilisearch on this machine), so the retry succeeds.
      delete process.env.MEILISEARCH_HOST;
      resetSearchBackend();
      await expect.poll(state, { timeout: 30_000, interval: 200 }).toBe("completed");
    } finally {
      await worker?.stop();
      await stopBoss();
    }
  });
});
