import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { tinyPdf } from "@/tests/fixtures/threads";
import { postMessage } from "./mutations";
import { getDocumentForDownload, getThread, listThreads } from "./queries";
import { openDocumentDownload } from "./download";
import { postMessageSchema } from "./schema";
import { ALLOWED, DENIED, matrix } from "./test-helpers";

let m: Awaited<ReturnType<typeof matrix>>;
let documentId: string;

beforeAll(async () => {
  m = await matrix();
  const r = await postMessage(
    m.users.staff,
    postMessageSchema.parse({
      threadId: m.thread.id,
      body: "資料をお送りします。",
      files: [new File([tinyPdf() as BlobPart], "資料.pdf")],
    }),
  );
  if (!r.ok) throw new Error(r.fileErrors.join());
  documentId = (await db.document.findFirstOrThrow({ where: { messageId: r.messageId } })).id;
});

describe.each(ALLOWED)("%s may see the thread", (who) => {
  it("in the list, on the page, for posting and downloading", async () => {
    const user = m.users[who]!;
    expect((await listThreads(user)).items.map((t) => t.id)).toContain(m.thread.id);
    expect((await getThread(user, m.thread.id))?.messages.length).toBeGreaterThan(0);
    expect(
      await postMessage(user, postMessageSchema.parse({ threadId: m.thread.id, body: `${who} より` })),
    ).toMatchObject({ ok: true });
    expect((await getDocumentForDownload(user, documentId))?.id).toBe(documentId);
    const dl = await openDocumentDownload(user, documentId);
    expect(dl?.headers.get("Content-Type")).toBe("application/pdf");
    dl?.stream.destroy();
  });
});

describe.each(DENIED)("%s sees nothing", (who) => {
  it("not in the list, 404 on the page, cannot post, cannot download", async () => {
    const user = m.users[who];
    expect((await listThreads(user)).items.map((t) => t.id)).not.toContain(m.thread.id);
    expect(await getThread(user, m.thread.id)).toBeNull();
    await expect(
      postMessage(user, postMessageSchema.parse({ threadId: m.thread.id, body: "のぞき見" })),
    ).rejects.toMatchObject({
      code: who === "anonymous" ? "UNAUTHENTICATED" : who === "pendingStaff" ? "PENDING_APPROVAL" : "NOT_FOUND",
    });
    expect(await getDocumentForDownload(user, documentId)).toBeNull();
    expect(await openDocumentDownload(user, documentId)).toBeNull();
  });
});

it("nobody's refused post left a message behind", async () => {
  const bodies = (await db.message.findMany({ where: { threadId: m.thread.id }, select: { body: true } })).map(
    (x) => x.body,
  );
  expect(bodies).not.toContain("のぞき見");
});

it("bad ids are a 404, not an error", async () => {
  for (const id of ["", "../etc/passwd", "x".repeat(500), 42, null])
    expect(await openDocumentDownload(m.users.staff, id)).toBeNull();
});
