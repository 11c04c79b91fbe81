// Requests whose bytes Next itself would choke on, refused by proxy.ts before Next parses them:
// each used to end in an HTTP 500 logged as an error (issue 15, F8). The answer is a 4xx with a
// short Japanese text, and the log line is a warning: a malformed request is the client's fault.
import { logger } from "@/lib/log";
import { isWellFormedReply } from "./action-body";
import { readMultipart } from "./multipart";
import { MAX_POST_BYTES } from "@/lib/threads/limits";

export type Refusal = { status: 400 | 403 | 413; reason: string };

const MESSAGE: Record<Refusal["status"], string> = {
  400: "リクエストの形式が正しくありません。URL または送信内容を確かめてください。",
  403: "このサイト以外のページから送られた操作は受け付けられません。",
  413: "送信内容が大きすぎます。ファイルは1つ20MBまで、1回に3つまでです。",
};

/**
 * Why the request cannot be served, or null. Only server-action POSTs have their body read (Next
 * reads the same buffered body again afterwards); everything else costs one string check.
 */
export async function refusalOf(request: Request): Promise<Refusal | null> {
  const url = new URL(request.url);
  if (!decodes(url.pathname)) return { status: 400, reason: "malformed percent-encoding in the path" };
  if (url.pathname.startsWith("/api/auth/") && !callbackUrlsValid(request, url))
    return { status: 400, reason: "callbackUrl NextAuth would refuse" };
  if (request.method !== "POST" || url.pathname.startsWith("/api/")) return null;
  const type = request.headers.get("content-type") ?? "";
  const fetchAction = request.headers.has("next-action");
  const multipart = type.toLowerCase().startsWith("multipart/form-data");
  // What Next treats as a possible server action; anything else is not decoded as one.
  if (!fetchAction && !multipart) return null;
  if (!sameOrigin(request)) return { status: 403, reason: "server action from another origin" };
  // Next cuts a larger body short (its copy for the proxy) or answers 500 itself (action-handler.js).
  // A body sent without a length that runs past the limit arrives cut and fails the checks below.
  if (Number(request.headers.get("content-length")) > MAX_POST_BYTES)
    return { status: 413, reason: "server-action body over MAX_POST_BYTES" };
  if (multipart && fetchAction) {
    const parts = await readMultipart(request);
    if (!parts) return { status: 400, reason: "malformed multipart body" };
    return isWellFormedReply((k) => parts.get(k) ?? null) ? null : badBody;
  }
  if (multipart) {
    // A form posted without JavaScript, which Next reads with undici's FormData parser. Only an
    // action id is accepted: no form here binds arguments ($ACTION_REF_ would be decoded as a reply).
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    if (!form) return { status: 400, reason: "malformed multipart body" };
    return [...form.keys()].some((k) => k.startsWith("$ACTION_REF_")) ? badBody : null;
  }
  const body = await request.clone().text();
  return isWellFormedReply((k) => (k === "0" ? body : null)) ? null : badBody;
}

const badBody: Refusal = { status: 400, reason: "malformed server-action body" };

/** Next decodes each path segment for the route's params, and a URIError there was a 500 (/cases/%E0%A4%A). */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * NextAuth answers 500 ("There is a problem with the server configuration") when the callbackUrl
 * parameter or its callback-url cookie is neither an http(s) URL nor a path starting with "/"
 * (next-auth/core/lib/assert.js), so /api/auth/session?callbackUrl=-1 was a 500. Same test here.
 * Pages read their query leniently and need no such check; and Next re-encodes the query before
 * the proxy sees it (a malformed "%" arrives as "%25"), so there is no malformed query to refuse.
 */
function callbackUrlsValid(request: Request, url: URL): boolean {
  const values = [url.searchParams.get("callbackUrl")];
  for (const c of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...rest] = c.trim().split("=");
    if (name.endsWith("next-auth.callback-url")) values.push(decodeCookie(rest.join("=")));
  }
  return values.every((v) => !v || isHttpUrl(v, url.origin));
}

function isHttpUrl(v: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(v, v.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

const decodeCookie = (v: string) => {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
};

/**
 * Next's own CSRF check for server actions (action-handler.js: the Origin's host must equal
 * X-Forwarded-Host or Host), made here so a cross-site or malformed Origin gets a 403 instead of
 * the 500 Next answers. No Origin at all is let through, as Next does (no browser omits it).
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return origin !== "null" && host !== "" && host === (forwarded || request.headers.get("host"));
}

/** The 4xx answer, and a warning (the path as sent, still percent-encoded, cut to 200 characters). */
export function refuse(refusal: Refusal, request: Request, requestId: string): Response {
  logger.warn("request refused", {
    requestId,
    status: refusal.status,
    reason: refusal.reason,
    method: request.method,
    path: new URL(request.url).pathname.slice(0, 200),
  });
  return new Response(MESSAGE[refusal.status], {
    status: refusal.status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
