import { access } from "node:fs/promises";
import path from "node:path";
import { expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser } from "@/tests/fixtures/factories";
import { threadBetween, tinyPdf } from "@/tests/fixtures/threads";
import { getStorage } from "@/lib/storage";
import { postMessage } from "./mutations";
import { postMessageSchema } from "./schema";

// The outbox fails after the message and document rows were written inside the transaction.
vi.mock("@/lib/notifications/outbox", () => ({
  notify: vi.fn(async () => {
    throw new Error("outbox down");
  }),
}));

const exists = (key: string) =>
  access(path.resolve(env.UPLOAD_DIR, key)).then(
    () => true,
    () => false,
  );

it("a failed post leaves no message, no document, no stored file and the thread untouched", async () => {
  const staff = await createUser({ role: "MUNICIPAL_STAFF" });
  const company = await createUser({ role: "COMPANY_MEMBER" });
  const thread = await threadBetween(staff, company);
  const put = vi.spyOn(getStorage(), "put");
  const input = postMessageSchema.parse({
    threadId: thread.id,
    body: "失敗する投稿",
    files: [new File([tinyPdf() as BlobPart], "a.pdf")],
  });
  await expect(postMessage(staff, input)).rejects.toThrow("outbox down");
  expect(await db.message.count({ where: { threadId: thread.id } })).toBe(0);
  expect(await db.document.count({ where: { threadId: thread.id } })).toBe(0);
  expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).lastMessageAt.getTime()).toBe(
    thread.lastMessageAt.getTime(),
  );
  // The file was written before the transaction, and removed again when it failed.
  expect(put).toHaveBeenCalledTimes(1);
  expect(await exists(put.mock.calls[0][0])).toBe(false);
});

it("a rejected file writes nothing at all", async () => {
  const staff = await createUser({ role: "MUNICIPAL_STAFF" });
  const company = await createUser({ role: "COMPANY_MEMBER" });
  const thread = await threadBetween(staff, company);
  const html = new File(["<html><script>alert(1)</script></html>"], "photo.png");
  const r = await postMessage(staff, postMessageSchema.parse({ threadId: thread.id, body: "写真です", files: [html] }));
  expect(r).toMatchObject({ ok: false });
  expect(await db.message.count({ where: { threadId: thread.id } })).toBe(0);
});
