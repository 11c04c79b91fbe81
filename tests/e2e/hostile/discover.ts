// What tests/e2e/hostile-bytes.spec.ts sends hostile bytes to, found in the source and the build:
// pages from app/**/page.tsx, route handlers and actions as the authorization matrix finds them,
// action ids from the build's server-reference manifest, query names from the URL-parameter helpers.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { discoverHandlers } from "../../unit/authz/discover";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) files(rel, out);
    else if (/\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}

/** "app/(public)/cases/[id]/page.tsx" → "/cases/[id]": route groups are not part of the URL. */
const urlOf = (file: string) =>
  "/" +
  file
    .split("/")
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");

export const discoverPages = () =>
  files("app")
    .filter((f) => /\/page\.tsx$/.test(f))
    .map(urlOf)
    .sort();

export const discoverRoutes = () =>
  discoverHandlers().routes.map((r) => {
    const [file, method] = r.split("#");
    return { pattern: urlOf(file), method };
  });

/**
 * Every query parameter name the app reads: fields built from lib/fields.ts's URL-parameter helpers
 * and `searchParams.get("…")` in route handlers, plus names a client might guess.
 */
export function queryNames(): string[] {
  const names = new Set(["id", "callbackUrl", "token", "done", "date", "limit", "offset"]);
  for (const f of [...files("app"), ...files("lib"), ...files("components")]) {
    const src = readFileSync(path.join(ROOT, f), "utf8");
    for (const m of src.matchAll(/\b(\w+):\s*(?:searchParam|choiceParam|pageParam|queryParam|fiscalYearParam)\b/g))
      names.add(m[1]);
    for (const m of src.matchAll(/searchParams\.get\("(\w+)"\)/g)) names.add(m[1]);
  }
  return [...names].sort();
}

/** The pattern with each dynamic segment replaced by a real id of that kind (or a plain word). */
export function withIds(pattern: string, ids: Record<string, string>): string {
  const parts = pattern.split("/");
  return parts
    .map((s, i) => (s.startsWith("[...") ? "session" : s.startsWith("[") ? (ids[parts[i - 1]] ?? "x") : s))
    .join("/");
}

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/**
 * Every server action of the build, and a check that each one the source declares is there: a new
 * action cannot be left out of the hostile-bytes run.
 */
export function actionIds(): { id: string; name: string; page: string }[] {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(ROOT, dist, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  // Posted to a page that uses the action, as the browser does: another page would forward the
  // request internally, and the forwarded answer hid the status the action itself gave.
  const found = Object.entries(manifest.node).map(([id, e]) => ({
    id,
    name: e.filename && e.exportedName ? `${e.filename}#${e.exportedName}` : id,
    page: urlOf(`${Object.keys(e.workers)[0]}.tsx`),
  }));
  const missing = discoverHandlers().actions.filter((a) => !found.some((f) => f.name === a));
  if (missing.length > 0 && found.every((f) => f.name !== f.id))
    throw new Error(`actions missing from the build's manifest: ${missing.join(", ")}`);
  if (found.length < discoverHandlers().actions.length)
    throw new Error(`the manifest has ${found.length} actions, the source ${discoverHandlers().actions.length}`);
  return found;
}
