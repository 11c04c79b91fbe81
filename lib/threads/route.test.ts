import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { tinyPdf } from "@/tests/fixtures/threads";
import { postMessage } from "./mutations";
import { postMessageSchema } from "./schema";
import { ALLOWED, DENIED, matrix } from "./test-helpers";

// The route reads the session through getCurrentUser; here it returns whichever viewer a test sets.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (orig) => ({
  ...(await orig<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));

const { GET } = await import("@/app/api/documents/[id]/route");

let m: Awaited<ReturnType<typeof matrix>>;
let documentId: string;
const NAME = "令和6年度\u202Egnp.exe提案書.pdf";

beforeAll(async () => {
  m = await matrix();
  const r = await postMessage(
    m.users.staff,
    postMessageSchema.parse({ threadId: m.thread.id, body: "", files: [new File([tinyPdf() as BlobPart], NAME)] }),
  );
  if (!r.ok) throw new Error(r.fileErrors.join());
  documentId = (await db.document.findFirstOrThrow({ where: { messageId: r.messageId } })).id;
});

const get = (id: string) =>
  GET(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/documents/[id]", () => {
  it.each(ALLOWED)("%s downloads it as an attachment with nosniff", async (who) => {
    session.user = m.users[who];
    const res = await get(documentId);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="__6__gnp.exe___.pdf"; filename*=UTF-8''${encodeURIComponent("令和6年度gnp.exe提案書.pdf")}`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(tinyPdf());
  });

  it.each(DENIED)("%s gets 404", async (who) => {
    session.user = m.users[who];
    const res = await get(documentId);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("%PDF");
  });

  it("unknown and malformed ids are 404", async () => {
    session.user = m.users.coordinator;
    for (const id of ["nope", "..%2F..%2Fetc%2Fpasswd", "a".repeat(100)]) expect((await get(id)).status).toBe(404);
  });
});
