import { LOCALE_COOKIE } from "@/lib/i18n/config";

// Which requests may be answered from the page cache: anonymous GETs of the public pages, as a
// browser asks for a document. Anything else — a session or any other cookie, a server action, a
// client-side navigation (RSC) or prefetch — goes to Next as usual.

const PUBLIC_PAGES = [/^\/$/, /^\/about$/, /^\/cases(\/[^/]+)?$/, /^\/challenges(\/[^/]+)?$/, /^\/search$/];
// Next strips its flight headers (RSC, Next-Router-State-Tree…) and the `_rsc` parameter before the
// proxy sees a request, so a client navigation is told apart by what it does not send: a browser
// asks for a document with `Accept: text/html…`, the router's fetch() with `*/*` (and its own ids).
const ROUTER_HEADERS = [
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-url",
  "x-nextjs-request-id",
  "x-nextjs-html-request-id",
];

export type CacheableRequest = {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  cookieNames: string[];
  locale: string | undefined;
};

/** The host the page is rendered for (forwarded to the render): part of the key, so a request with a forged Host
 *  header can only fill an entry that requests with the same forged header read — no cache poisoning. */
export const renderHost = (h: Headers) =>
  `${h.get("x-forwarded-proto") ?? ""}://${h.get("x-forwarded-host") ?? h.get("host") ?? ""}`;

export function cacheKey(r: CacheableRequest): string | null {
  if (r.method !== "GET") return null;
  if (!PUBLIC_PAGES.some((p) => p.test(r.pathname)) || r.pathname === "/challenges/new") return null;
  if (r.search.includes("_rsc=")) return null;
  if (ROUTER_HEADERS.some((h) => r.headers.has(h))) return null;
  if (!r.headers.get("accept")?.includes("text/html")) return null;
  // Only the language cookie may be present: a session, a sign-in's CSRF cookie or anything we do
  // not know about means the page may differ for this visitor.
  if (r.cookieNames.some((n) => n !== LOCALE_COOKIE)) return null;
  return `${renderHost(r.headers)}|${r.locale ?? ""}|${r.pathname}${r.search}`;
}
