import "server-only";
import type { Readable } from "node:stream";
import type { SessionUser } from "@/lib/auth/session";
import { getStorage } from "@/lib/storage";
import { contentDisposition } from "./file-name";
import { getDocumentForDownload } from "./queries";
import { threadIdSchema } from "./schema";

/**
 * Everything the download route needs, or null (→ 404) when the id is malformed, the document does
 * not exist, its thread is not visible to the user, or the stored file is gone.
 * Always an attachment with nosniff: a shared file must never render inside our origin.
 */
export async function openDocumentDownload(
  user: SessionUser | null,
  rawId: unknown,
): Promise<{ stream: Readable; headers: Headers } | null> {
  const id = threadIdSchema.safeParse(rawId);
  if (!id.success || !user) return null;
  const doc = await getDocumentForDownload(user, id.data);
  if (!doc) return null;
  const file = await getStorage().get(doc.storageKey);
  if (!file) return null;
  const headers = new Headers({
    "Content-Type": doc.mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(doc.fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
  return { stream: file.stream, headers };
}
