import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/ops/request-id";
import { refusalOf, refuse } from "@/lib/ops/request-guard";
import { buildCsp, newNonce } from "@/lib/auth/security-headers";
import { cachedPageResponse, isCacheRender, pageCacheEnabled, placeholderNonce } from "@/lib/page-cache";

// Next 16's request hook (formerly middleware.ts; always the Node.js runtime). Gives every request
// an id: passed on to pages, actions and route handlers as a request header (read with headers()),
// and returned to the client so a user can quote it and operators can find the log lines.
//
// Requests Next would fail on with a 500 (a path that does not percent-decode, a server-action
// body React cannot decode, an action from another origin) are answered here with a 4xx and a
// short Japanese text (lib/ops/request-guard.ts).
//
// It also sets the Content-Security-Policy of pages with a fresh script nonce. Next reads the policy
// from the *request* headers while rendering and puts the nonce on its own <script> tags, so the same
// value goes on the request and on the response. Every page is dynamic already (the layout reads
// the locale cookie), which a nonce requires. The fixed headers (HSTS, nosniff…) are in next.config.ts.
// Route handlers under /api/ set their own policy where it matters (downloads: a sandbox); a header
// set here would replace theirs, so they get none from here.
//
// Anonymous visitors' public pages come from the page cache (lib/page-cache) when it is on: the
// cached HTML gets this response's nonce.
export async function proxy(request: NextRequest) {
  const id = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const refusal = await refusalOf(request);
  if (refusal) {
    const response = refuse(refusal, request, id);
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next({ request: { headers } });
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  }
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const cacheOn = pageCacheEnabled();
  const nonce = cacheOn && isCacheRender(request) ? placeholderNonce() : newNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development", https });
  if (cacheOn && !isCacheRender(request)) {
    const cached = await cachedPageResponse(request, nonce, csp, id, REQUEST_ID_HEADER);
    if (cached) return cached;
  }
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Static assets need no id; everything else (pages, actions, /api/*) gets one.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
