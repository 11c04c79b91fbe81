import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

// One JSON file per namespace (lib/i18n/messages/<locale>/<namespace>.json), so each domain keeps
// its own strings. Read once per locale per process.
const dir = path.join(process.cwd(), "lib/i18n/messages");
const cache = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(path.join(dir, locale))
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    out[file.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, locale, file), "utf8"));
  }
  if (process.env.NODE_ENV === "production") cache.set(locale, out);
  return out;
}
