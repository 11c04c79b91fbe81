import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { openDocumentDownload } from "@/lib/threads/download";

export const dynamic = "force-dynamic";

// Thin: who is asking → lib decides (visibility in the query) → stream. Anything the user may not
// see, or that does not exist, is the same 404 so the URL reveals nothing.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  const download = await openDocumentDownload(user, id);
  if (!download)
    return new Response("Not Found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  await recordAudit({ action: "DOCUMENT_DOWNLOADED", actorId: user?.id, targetType: "Document", targetId: id });
  return new Response(Readable.toWeb(download.stream) as ReadableStream, { status: 200, headers: download.headers });
}
