import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

// Every route handler that accepts a state-changing method must be listed here with how it is
// protected against cross-site requests; a new one fails this test until someone decides.
const PROTECTED: Record<string, string> = {
  // NextAuth v4 refuses a credentials callback or sign-out POST without its double-submit
  // csrfToken (cookie + body), see next-auth/core/index.js `csrfTokenVerified`.
  "app/api/auth/[...nextauth]/route.ts": "nextauth-csrf-token",
  // No cookie is used: the unguessable token in the URL or body is the credential (RFC 8058
  // one-click comes from mail servers without Origin), so a forged request without it does nothing.
  "app/api/unsubscribe/route.ts": "token-in-request",
  // The view beacon changes only a count: JSON only (a cross-site form cannot send it) and isSameOrigin().
  "app/api/views/route.ts": "json-and-same-origin",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

describe("CSRF coverage of route handlers", () => {
  it("lists every handler with a mutating method and how it is protected", () => {
    const root = process.cwd();
    const mutating = routeFiles(path.join(root, "app"))
      .map((f) => path.relative(root, f).split(path.sep).join("/"))
      .filter((f) => {
        const src = readFileSync(path.join(root, f), "utf8");
        return (
          /export\s+(async\s+)?(function|const)\s+(POST|PUT|PATCH|DELETE)\b/.test(src) ||
          /export\s*\{[^}]*\b(POST|PUT|PATCH|DELETE)\b/.test(src)
        );
      })
      .sort();
    expect(mutating).toEqual(Object.keys(PROTECTED).sort());
  });
});

describe("isSameOrigin", () => {
  const req = (h: Record<string, string>) => new Request("http://localhost:3000/api/x", { method: "POST", headers: h });
  it("accepts our own origin, and a non-browser client without Origin", () => {
    expect(isSameOrigin(req({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(
      isSameOrigin(
        req({ origin: "https://hub.example.jp", host: "10.0.0.5:3000", "x-forwarded-host": "hub.example.jp" }),
      ),
    ).toBe(true);
    expect(isSameOrigin(req({ host: "localhost:3000" }))).toBe(true);
  });
  it("refuses another site, an opaque origin and a cross-site fetch without Origin", () => {
    expect(isSameOrigin(req({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(req({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(req({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});
