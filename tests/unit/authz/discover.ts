// Finds every route-handler method and every server action in the source, so the matrix can
// insist on an Entry for each. Plain text scanning on purpose: it must see files nobody imports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SKIP = new Set(["node_modules", "generated", ".git"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith(".next")) continue;
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}

const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** Names a module exports: `export const|let|function|async function|class X` and `export { a, b as c }`. */
export function exportedNames(src: string): string[] {
  const code = stripComments(src);
  const names = new Set<string>();
  for (const m of code.matchAll(/export\s+(?:async\s+)?(?:const|let|var|function\*?|class)\s+([A-Za-z_$][\w$]*)/g))
    names.add(m[1]);
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  if (/export\s+default\b/.test(code)) names.add("default");
  return [...names];
}

/** A file is a server-action module when its first statement is the "use server" directive. */
const fileLevelUseServer = (src: string) => /^\s*(["'])use server\1/.test(stripComments(src));

export function discoverHandlers(): { routes: string[]; actions: string[] } {
  const files = ["app", "lib", "components"].flatMap((d) => walk(d));
  const routes: string[] = [];
  const actions: string[] = [];
  for (const f of files) {
    const src = readFileSync(path.join(ROOT, f), "utf8");
    if (/\/route\.(ts|js)$/.test(f) && f.startsWith("app/")) {
      for (const n of exportedNames(src)) if (METHODS.includes(n)) routes.push(`${f}#${n}`);
    }
    if (!/(["'])use server\1/.test(src)) continue;
    if (fileLevelUseServer(src)) {
      for (const n of exportedNames(src)) actions.push(`${f}#${n}`);
    } else {
      // An inline action inside a component: it bypasses lib/<domain>/actions.ts, so it must be declared too.
      src.split("\n").forEach((line, i) => {
        if (/^\s*(["'])use server\1/.test(line)) actions.push(`${f}#inline@${i + 1}`);
      });
    }
  }
  return { routes: routes.sort(), actions: actions.sort() };
}
