import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_SECTION_NAMESPACES, pickMessages, SHARED_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { loadMessages } from "@/lib/i18n/messages";

// The root layout sends only SHARED_CLIENT_NAMESPACES to the browser; each section of app/(app) adds its own
// (APP_SECTION_NAMESPACES, through its layout). A client component using a namespace its provider does not send
// would show raw keys: this finds them, following imports from every file of a section into the client bundle.
const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(root, "app", "(app)");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory()
      ? f === "node_modules"
        ? []
        : files(p)
      : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)
        ? [p]
        : [];
  });
const all = ["app", "components", "lib"].flatMap((d) => files(path.join(root, d)));
const source = new Map(all.map((f) => [f, readFileSync(f, "utf8")]));
const isClient = (f: string) => /^["']use client["']/m.test(source.get(f)!);

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  return base
    ? [".tsx", ".ts", "/index.ts", "/index.tsx", ""].map((e) => base + e).find((c) => source.has(c))
    : undefined;
}

/** The client bundle reached from these files: every "use client" module they import (at any depth) and its imports. */
function clientFiles(start: string[]): string[] {
  const seen = new Set<string>();
  const client = new Set<string>();
  const queue = start.map((f): [string, boolean] => [f, false]);
  while (queue.length) {
    const [f, inClient] = queue.pop()!;
    if (seen.has(`${inClient}${f}`)) continue;
    seen.add(`${inClient}${f}`);
    const c = inClient || isClient(f);
    if (c) client.add(f);
    for (const m of source.get(f)!.matchAll(/from "([^"]+)"/g)) {
      const hit = resolve(f, m[1]);
      if (hit) queue.push([hit, c]);
    }
  }
  return [...client];
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

const sections = readdirSync(appDir).filter((d) => statSync(path.join(appDir, d)).isDirectory());

describe("messages sent to the browser", () => {
  it("cover every namespace a client component uses: outside app/(app) the shared ones", () => {
    // Followed from the routes outside app/(app): a shared component that only signed-in sections import
    // (components/company-profile) is checked against those sections' messages below.
    const rel = (f: string) => path.relative(root, f);
    const outside = all.filter((f) => rel(f).startsWith("app") && !rel(f).startsWith(path.join("app", "(app)")));
    expect(uncovered(clientFiles(outside), SHARED_CLIENT_NAMESPACES)).toEqual([]);
  });

  it.each(sections)("app/(app)/%s: its layout sends what its client components use", (section) => {
    const own = (APP_SECTION_NAMESPACES as Record<string, readonly string[]>)[section] ?? [];
    expect(uncovered(clientFiles(files(path.join(appDir, section))), [...SHARED_CLIENT_NAMESPACES, ...own])).toEqual(
      [],
    );
    const layout = path.join(appDir, section, "layout.tsx");
    // A section with namespaces of its own sends them from its layout; one without needs no layout.
    if (own.length)
      expect(existsSync(layout) && readFileSync(layout, "utf8")).toContain(`<SectionMessages section="${section}">`);
  });

  it("names only sections that exist, and each sends far less than the catalogue", () => {
    const catalogue = loadMessages("ja");
    expect(Object.keys(APP_SECTION_NAMESPACES).filter((s) => !sections.includes(s))).toEqual([]);
    for (const own of Object.values(APP_SECTION_NAMESPACES)) {
      expect(JSON.stringify(pickMessages(catalogue, [...SHARED_CLIENT_NAMESPACES, ...own])).length).toBeLessThan(
        JSON.stringify(catalogue).length * 0.6,
      );
    }
    const thread = JSON.stringify(
      pickMessages(catalogue, [...SHARED_CLIENT_NAMESPACES, ...APP_SECTION_NAMESPACES.messages]),
    ).length;
    expect(thread).toBeLessThan(JSON.stringify(catalogue).length / 4);
  });

  it("picks nested namespaces", () => {
    const catalogue = loadMessages("ja");
    const picked = pickMessages(catalogue, SHARED_CLIENT_NAMESPACES);
    expect(Object.keys(picked).sort()).toEqual(["auth", "challenges", "common", "errors", "search"]);
    expect(Object.keys(picked.challenges as object)).toEqual(["detail"]);
    expect((picked.search as Record<string, unknown>).box).toEqual((catalogue.search as Record<string, unknown>).box);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(catalogue).length / 4);
    expect(pickMessages({ a: { b: 1 } }, ["a.c", "x"])).toEqual({});
  });
});
