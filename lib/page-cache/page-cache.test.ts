import { describe, expect, it } from "vitest";
import { cacheKey, type CacheableRequest } from "./policy";
import { PageStore } from "./store";

const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
type Over = Partial<Omit<CacheableRequest, "headers">> & { headers?: Record<string, string> };
const req = ({ headers, ...over }: Over = {}): CacheableRequest => ({
  method: "GET",
  pathname: "/cases",
  search: "",
  cookieNames: [],
  locale: undefined,
  ...over,
  headers: new Headers({ accept: HTML, ...headers }),
});

describe("page cache policy", () => {
  it("caches anonymous document requests for the public pages, per language and query", () => {
    expect(cacheKey(req({ headers: { host: "kyoso.example" } }))).toBe("://kyoso.example||/cases");
    expect(cacheKey(req({ search: "?theme=x" }))).toBe("://||/cases?theme=x");
    expect(cacheKey(req({ locale: "en", cookieNames: ["NEXT_LOCALE"] }))).toBe("://|en|/cases");
    // A forged Host or X-Forwarded-Host gets an entry of its own, never the real host's.
    expect(
      cacheKey(
        req({ headers: { host: "kyoso.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }),
      ),
    ).toBe("https://evil.example||/cases");
    for (const pathname of ["/", "/about", "/cases/abc", "/challenges", "/challenges/abc", "/search"])
      expect(cacheKey(req({ pathname })), pathname).not.toBeNull();
  });

  it("never caches signed-in visitors, other cookies, non-GET, client navigations or private areas", () => {
    expect(cacheKey(req({ cookieNames: ["authjs.session-token"] }))).toBeNull();
    expect(cacheKey(req({ cookieNames: ["NEXT_LOCALE", "__Secure-authjs.session-token"] }))).toBeNull();
    expect(cacheKey(req({ cookieNames: ["authjs.csrf-token"] }))).toBeNull();
    expect(cacheKey(req({ method: "POST" }))).toBeNull();
    expect(cacheKey(req({ method: "HEAD" }))).toBeNull();
    // The router's fetch(): Accept */*, its own headers; Next strips RSC before the proxy.
    expect(cacheKey(req({ headers: { accept: "*/*" } }))).toBeNull();
    expect(cacheKey(req({ headers: { "next-url": "/cases" } }))).toBeNull();
    expect(cacheKey(req({ headers: { "x-nextjs-request-id": "1a" } }))).toBeNull();
    expect(cacheKey(req({ headers: { "next-action": "abc" } }))).toBeNull();
    expect(cacheKey(req({ search: "?_rsc=1x" }))).toBeNull();
    for (const pathname of [
      "/dashboard",
      "/challenges/new",
      "/challenges/abc/edit",
      "/challenges/abc/interest",
      "/api/health",
      "/signin",
      "/pipeline",
      "/messages/1",
    ])
      expect(cacheKey(req({ pathname })), pathname).toBeNull();
  });
});

describe("page store", () => {
  const page = (body: string) => ({ body, headers: [["content-type", "text/html"]] as [string, string][] });

  it("keeps pages for the TTL", () => {
    let now = 0;
    const s = new PageStore({ maxBytes: 1e6, ttlMs: 1000, now: () => now });
    expect(s.set("a", page("A"), s.generation)).toBe(true);
    now = 1000;
    expect(s.get("a")?.body).toBe("A");
    now = 1001;
    expect(s.get("a")).toBeUndefined();
    expect(s.size).toBe(0);
  });

  it("refuses a render that began before a change (generation), and clear() empties it", () => {
    const s = new PageStore({ maxBytes: 1e6, ttlMs: 1000 });
    const before = s.generation;
    s.set("a", page("A"), before);
    s.clear();
    expect(s.get("a")).toBeUndefined();
    expect(s.set("b", page("stale"), before)).toBe(false);
    expect(s.get("b")).toBeUndefined();
    expect(s.set("b", page("fresh"), s.generation)).toBe(true);
  });

  it("drops the least recently used pages beyond its byte budget", () => {
    const s = new PageStore({ maxBytes: 160, ttlMs: 1000 }); // 2 bytes per UTF-16 unit: eight 10-character pages
    const keys = [..."abcdefgh"];
    for (const k of keys) s.set(k, page(k.repeat(10)), s.generation);
    s.get("a"); // a is now the most recently used
    s.set("i", page("i".repeat(10)), s.generation);
    expect(s.get("b")).toBeUndefined();
    expect([..."acdefghi"].map((k) => s.get(k)?.body.length)).toEqual(Array(8).fill(10));
    // A page larger than an eighth of the budget is not kept at all.
    expect(s.set("big", page("x".repeat(11)), s.generation)).toBe(false);
  });
});
