import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_CLIENT_NAMESPACES, pickMessages, SHARED_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { loadMessages } from "@/lib/i18n/messages";

// The root layout sends only SHARED_CLIENT_NAMESPACES to the browser, app/(app) APP_CLIENT_NAMESPACES.
// A client component using a namespace its provider does not send would show raw keys: this finds them.
const root = path.resolve(import.meta.dirname, "../..");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? (f === "node_modules" ? [] : files(p)) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
const all = ["app", "components", "lib"].flatMap((d) => files(path.join(root, d)));
const source = new Map(all.map((f) => [f, readFileSync(f, "utf8")]));
const isClient = (f: string) => /^["']use client["']/m.test(source.get(f)!);
const inApp = (f: string) => path.relative(root, f).startsWith(path.join("app", "(app)"));

/** Files in a client bundle: "use client" modules (all, or those outside app/(app)) and what they import from the project. */
function clientFiles(outsideAppOnly: boolean): string[] {
  const seen = new Set<string>();
  const queue = all.filter((f) => isClient(f) && !(outsideAppOnly && inApp(f)));
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of source.get(f)!.matchAll(/from "@\/([^"]+)"/g)) {
      const base = path.join(root, m[1]);
      const hit = [".tsx", ".ts", "/index.ts", "/index.tsx"].map((e) => base + e).find((c) => source.has(c));
      if (hit) queue.push(hit);
    }
  }
  return [...seen];
}

/** Namespaces used by these files that `sent` does not cover, and non-literal namespaces. */
function uncovered(files: string[], sent: readonly string[]): string[] {
  const missing: string[] = [];
  for (const f of files) {
    for (const m of source.get(f)!.matchAll(/useTranslations\(([^)]*)\)/g)) {
      const arg = m[1].trim();
      const ns = /^"([^"]+)"$/.exec(arg)?.[1];
      if (!ns) missing.push(`${path.relative(root, f)}: useTranslations(${arg}) — use a literal namespace`);
      else if (!sent.some((s) => ns === s || ns.startsWith(`${s}.`))) missing.push(`${path.relative(root, f)}: ${ns}`);
    }
  }
  return missing;
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component uses: outside app/(app) the shared ones, inside the app's", () => {
    expect(uncovered(clientFiles(true), SHARED_CLIENT_NAMESPACES)).toEqual([]);
    expect(uncovered(clientFiles(false), APP_CLIENT_NAMESPACES)).toEqual([]);
  });

  it("picks nested namespaces, and is much smaller than the catalogue", () => {
    const all = loadMessages("ja");
    const picked = pickMessages(all, SHARED_CLIENT_NAMESPACES);
    expect(Object.keys(picked).sort()).toEqual(["auth", "challenges", "common", "errors", "search"]);
    expect(Object.keys(picked.challenges as object)).toEqual(["detail"]);
    expect((picked.search as Record<string, unknown>).box).toEqual((all.search as Record<string, unknown>).box);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(all).length / 4);
    // The signed-in area leaves out what only the server renders (dashboard, funnel, audit, about…).
    expect(JSON.stringify(pickMessages(all, APP_CLIENT_NAMESPACES)).length).toBeLessThan(JSON.stringify(all).length * 0.75);
    expect(pickMessages({ a: { b: 1 } }, ["a.c", "x"])).toEqual({});
  });
});
