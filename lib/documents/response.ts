import "server-only";
import { contentDisposition } from "@/lib/funnel/csv";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The one answer for anything missing or not visible, so a URL never confirms that a pilot or match exists. */
export function notFoundResponse() {
  return new Response("Not Found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

export function docxResponse(body: Buffer, name: { filename: string; ascii: string }) {
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": DOCX,
      "Content-Disposition": contentDisposition(name.filename, name.ascii),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
