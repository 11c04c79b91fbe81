// Reads a multipart body with the parser Next's server actions use (its bundled busboy, with the
// same options), so the request guard refuses exactly the bodies Next would fail on: undici's
// FormData parser accepts a raw NUL in a part header, busboy does not ("Malformed part header").
import { Readable } from "node:stream";
// @ts-expect-error -- Next's bundled busboy ships no types.
import nextBusboy from "next/dist/compiled/busboy";

type Parser = NodeJS.WritableStream & {
  on(e: "field", cb: (name: string, value: string) => void): Parser;
  on(e: "file", cb: (name: string, stream: Readable) => void): Parser;
  on(e: "close", cb: () => void): Parser;
  on(e: "error", cb: (err: unknown) => void): Parser;
};
const busboy = nextBusboy as (o: { headers: Record<string, string>; defParamCharset: string }) => Parser;

/** Text fields by name, and an empty Blob for each file part (its bytes are skipped); null when malformed. */
export async function readMultipart(request: Request): Promise<Map<string, string | Blob> | null> {
  const body = request.clone().body;
  const type = request.headers.get("content-type");
  if (!body || !type) return null;
  const parts = new Map<string, string | Blob>();
  try {
    const parser = busboy({ headers: { "content-type": type }, defParamCharset: "utf8" });
    await new Promise<void>((resolve, reject) => {
      parser.on("field", (name, value) => parts.set(name, value));
      parser.on("file", (name, stream) => {
        parts.set(name, new Blob([]));
        stream.resume();
      });
      parser.on("close", resolve);
      parser.on("error", reject);
      const input = Readable.fromWeb(body as import("node:stream/web").ReadableStream);
      input.on("error", reject);
      input.pipe(parser);
    });
    return parts;
  } catch {
    return null;
  }
}
