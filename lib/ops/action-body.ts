// Server-action bodies are React's "reply" format: part 0 is a JSON array of the action's
// arguments; strings starting with "$" are tokens (undefined, NaN, dates, bigints) or references
// to other parts (FormData entries, files, an object that appears twice). Next decodes the body
// before any code of ours runs, and every decoding error (bad JSON, a missing part, `null` for the
// argument list, a reference that goes nowhere) became an HTTP 500 logged as an error.
//
// proxy.ts checks the body first and answers 400. The check admits what React's encodeReply
// produces for the arguments this app's forms send (plain values, dates, FormData with files,
// repeated objects) and nothing else: the bytes the decoder would choke on, and the reference
// kinds no form here uses (Maps, Sets, promises, streams, typed arrays, server or temporary
// references). An action that starts taking one of those must be admitted here too
// (lib/ops/action-body.test.ts feeds encodeReply's output through this check).

/** Our actions take one argument; React caps the list at 1000, far above anything legitimate. */
const MAX_ARGS = 16;
/** Form values nest a few levels; deep nesting only serves to exhaust the decoder's stack. */
const MAX_DEPTH = 64;
const TOKENS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

/** A part of the body: the text of a field, a file, or nothing when the body has no such part. */
export type PartOf = (key: string) => string | Blob | null;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isWellFormedReply(partOf: PartOf): boolean {
  const root = parsePart(partOf("0"));
  if (!Array.isArray(root) || root.length > MAX_ARGS) return false;
  const stack: [Json, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return false;
    if (typeof value === "string") {
      if (!isWellFormedString(value, root, partOf)) return false;
    } else if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return true;
}

function parsePart(part: string | Blob | null): Json | undefined {
  if (typeof part !== "string") return undefined;
  try {
    return JSON.parse(part) as Json;
  } catch {
    return undefined;
  }
}

const HEX = /^[0-9a-f]+$/;

function isWellFormedString(s: string, root: Json, partOf: PartOf): boolean {
  if (s[0] !== "$" || s[1] === "$" || TOKENS.has(s)) return true;
  const tag = s[1];
  const rest = s.slice(2);
  if (tag === "D") return true; // an unparsable date decodes to an invalid Date, without throwing
  if (tag === "n") return /^-?\d{1,300}$/.test(rest); // BigInt(): digits only, React allows 300
  if (tag === "K") return HEX.test(rest); // FormData: its entries are read by prefix, none is required
  if (tag === "B") return HEX.test(rest) && partOf(String(parseInt(rest, 16))) instanceof Blob;
  if (HEX.test(tag)) return isRootPath(s.slice(1), root);
  return false;
}

/**
 * "$0:0:p": the same object again, written as a path from the root (encodeReply does this for an
 * object or file that appears twice). Only paths into part 0 through plain objects and arrays are
 * admitted (React throws on a path that does not exist or leads through anything else), and never
 * the root itself.
 */
function isRootPath(ref: string, root: Json): boolean {
  const [id, ...path] = ref.split(":");
  if (id !== "0" || path.length === 0) return false;
  let at: Json = root;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, Json>)[key];
  }
  // It may land on a file or a date written there first, but not on another path (a chain or a loop).
  return !(typeof at === "string" && /^\$[0-9a-f]/.test(at));
}
