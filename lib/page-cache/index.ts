import { createHash } from "node:crypto";
import pg from "pg";
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { logger } from "@/lib/log";
import { cacheKey } from "./policy";
import { PageStore, type CachedPage } from "./store";

// Whole-page cache for anonymous visitors (docs/reliability/load.md). Public pages are dynamic —
// every response carries a fresh CSP nonce — so a server-rendered list cost ~20 ms of CPU each time
// although every anonymous visitor sees the same HTML. On a miss the proxy renders the page once
// through Next itself (a loopback request carrying a per-process secret, rendered with a
// placeholder nonce), keeps the HTML, and answers every visitor with the placeholder replaced by
// their own fresh nonce.
//
// Freshness: every transaction that changes a public case, challenge or company sends NOTIFY on
// PAGE_CACHE_CHANNEL (lib/search/enqueue.ts; delivered at commit, to every app instance), which
// empties the cache; other changes (counts, dates) show within TTL_MS. The cache is used only
// while the LISTEN connection is up: without it a withdrawn challenge could stay visible.

import { PAGE_CACHE_CHANNEL } from "./channel";
const RENDER_HEADER = "x-kyoso-render";
export const CACHE_STATUS_HEADER = "x-kyoso-cache";
const TTL_MS = 30_000;
const MAX_BYTES = 64 * 1024 * 1024;
// Not carried over from the loopback response: per-request, per-connection or recomputed headers.
const DROP = new Set([
  "content-security-policy",
  "x-request-id",
  "set-cookie",
  "date",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
]);

const randomToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64url");
/** Processes behind one port (scripts/serve.ts) share the render token and the placeholder nonce, so a loopback
 *  render that lands on another process is rendered for the cache too. */
const shared = (label: string) =>
  process.env.PAGE_CACHE_SECRET
    ? createHash("sha256").update(`${process.env.PAGE_CACHE_SECRET}:${label}`).digest("base64url").slice(0, 24)
    : randomToken();

type State = {
  store: PageStore;
  token: string;
  placeholder: string;
  listening: boolean;
  started: boolean;
  warned: boolean;
  foreignWarned: boolean;
  inflight: Map<string, Promise<CachedPage | null>>;
};
const g = globalThis as unknown as { kyosoPageCache?: State };
const state: State = (g.kyosoPageCache ??= {
  store: new PageStore({ maxBytes: MAX_BYTES, ttlMs: TTL_MS }),
  token: shared("token"),
  placeholder: shared("nonce"),
  listening: false,
  started: false,
  warned: false,
  foreignWarned: false,
  inflight: new Map(),
});

export function pageCacheEnabled(): boolean {
  return process.env.NODE_ENV === "production" && process.env.PAGE_CACHE !== "off" && !!process.env.DATABASE_URL;
}

/** The loopback render of a cache miss: rendered with the placeholder nonce, never served from the cache. */
export function isCacheRender(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === state.token;
}

export const placeholderNonce = () => state.placeholder;

function listen(): void {
  // TCP keepalive: a connection that dies silently (no FIN) is noticed and the cache switches off; until
  // then the 30 s TTL bounds what a missed notification could leave stale.
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  let lost = false;
  const onLost = (err?: unknown) => {
    if (lost) return;
    lost = true;
    state.listening = false;
    state.store.clear();
    // Once per outage: the retry runs every 2 s.
    if (!state.warned)
      logger.warn("page cache off: change notifications lost; retrying every 2 s", { component: "page-cache", err });
    state.warned = true;
    client.end().catch(() => {});
    setTimeout(listen, 2000).unref();
  };
  client.on("notification", () => state.store.clear());
  client.on("error", onLost);
  client.on("end", () => onLost());
  client
    .connect()
    .then(() => client.query(`LISTEN ${PAGE_CACHE_CHANNEL}`))
    .then(() => {
      state.store.clear();
      state.listening = !lost;
      if (state.warned && !lost) logger.info("page cache on again", { component: "page-cache" });
      state.warned = false;
    })
    .catch(onLost);
}

async function render(request: NextRequest, key: string): Promise<CachedPage | null> {
  const generation = state.store.generation;
  const { pathname, search } = request.nextUrl;
  const origin = process.env.PAGE_CACHE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const locale = request.cookies.get(LOCALE_COOKIE)?.value;
  const headers: Record<string, string> = {
    [RENDER_HEADER]: state.token,
    accept: "text/html",
    "accept-encoding": "identity",
    "x-forwarded-host": request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "",
    "x-forwarded-proto": request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", ""),
  };
  if (locale) headers.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(locale)}`;
  try {
    const res = await fetch(origin + pathname + search, { headers, redirect: "manual", cache: "no-store" });
    if (
      res.status !== 200 ||
      !res.headers.get("content-type")?.startsWith("text/html") ||
      res.headers.has("set-cookie")
    ) {
      logger.debug("page cache: not cacheable, rendered directly", {
        component: "page-cache",
        path: pathname,
        status: res.status,
        setCookie: res.headers.has("set-cookie"),
      });
      // Read to the end (an error page is small): cancelling the stream could leave the render hanging.
      await res.arrayBuffer();
      return null;
    }
    const page = { body: await res.text(), headers: [...res.headers].filter(([k]) => !DROP.has(k.toLowerCase())) };
    // Rendered by something that does not share our placeholder (another instance behind PAGE_CACHE_ORIGIN): its
    // nonce would never be replaced and the browser would block every script, so the page is not kept.
    if (!page.body.includes(state.placeholder)) {
      if (!state.foreignWarned)
        logger.warn(
          "page cache: loopback render without our placeholder nonce; not cached (set one PAGE_CACHE_SECRET for every instance PAGE_CACHE_ORIGIN can reach)",
          { component: "page-cache", path: pathname, origin },
        );
      state.foreignWarned = true;
      return null;
    }
    state.store.set(key, page, generation);
    return { ...page, storedAt: Date.now() };
  } catch (err) {
    logger.warn("page cache render failed; rendering directly", { component: "page-cache", err });
    return null;
  }
}

/** The cached (or freshly rendered) page for an anonymous document request, or null: let Next answer. */
export async function cachedPageResponse(
  request: NextRequest,
  nonce: string,
  csp: string,
  requestId: string,
  requestIdHeader: string,
): Promise<NextResponse | null> {
  const key = cacheKey({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    locale: request.cookies.get(LOCALE_COOKIE)?.value,
  });
  // A loopback render from an instance that does not share our token: rendered by Next here, never through our
  // own cache (two instances could otherwise each wait for the other's render of the same URL).
  if (!key || request.headers.has(RENDER_HEADER)) return null;
  if (!state.started) {
    state.started = true;
    listen();
  }
  if (!state.listening) return null;
  let page = state.store.get(key);
  let status = "hit";
  if (!page) {
    status = "miss";
    let pending = state.inflight.get(key);
    if (!pending) {
      pending = render(request, key).finally(() => state.inflight.delete(key));
      state.inflight.set(key, pending);
    }
    page = (await pending) ?? undefined;
    if (!page) return null;
  }
  const headers = new Headers(page.headers);
  headers.set("content-security-policy", csp);
  headers.set(requestIdHeader, requestId);
  headers.set(CACHE_STATUS_HEADER, status);
  return new NextResponse(page.body.replaceAll(state.placeholder, nonce), { status: 200, headers });
}
