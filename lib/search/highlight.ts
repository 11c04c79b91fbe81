// Highlighting on the original text: matches are found in the normalised form and mapped back, so
// a query 「すまーとろっく」 marks 「スマートロック」 as written in the document.
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./types";
import { normalizeWithMap } from "./normalize";

type Range = [start: number, end: number];

/** Ranges of `text` (original indices, end exclusive) that match any of the normalised terms. */
export function matchRanges(text: string, terms: string[]): Range[] {
  if (!text || terms.length === 0) return [];
  const { norm, map } = normalizeWithMap(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = norm.indexOf(term, from);
      if (at < 0) break;
      const lastOrig = map[at + term.length - 1];
      // End after the whole original character (a surrogate pair, or 「ー」 dropped after it is not included).
      const end = lastOrig + (text.codePointAt(lastOrig)! > 0xffff ? 2 : 1);
      ranges.push([map[at], end]);
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function mark(text: string, ranges: Range[], offset = 0, end = text.length): string {
  let out = "";
  let pos = offset;
  for (const [s, e] of ranges) {
    if (e <= offset || s >= end) continue;
    const a = Math.max(s, offset);
    const b = Math.min(e, end);
    out += text.slice(pos, a) + HIGHLIGHT_START + text.slice(a, b) + HIGHLIGHT_END;
    pos = b;
  }
  return out + text.slice(pos, end);
}

export function highlight(text: string, terms: string[]): string {
  return mark(text, matchRanges(text, terms));
}

const WINDOW = 500;
/** More original characters than a match of these terms can span (dropped 「ー」 and spaces, half-width kana). */
const reach = (terms: string[]) => 4 * Math.max(0, ...terms.map((t) => t.length)) + 8;

/** `text.slice(from, to)` widened so that it neither starts nor ends inside a surrogate pair. */
function piece(text: string, from: number, to: number): [number, string] {
  const a = Math.max(0, from - (/[\udc00-\udfff]/.test(text[from] ?? "") ? 1 : 0));
  const b = Math.min(text.length, to + (/[\udc00-\udfff]/.test(text[to] ?? "") ? 1 : 0));
  return [a, text.slice(a, b)];
}

/** Where the first match starts, looked for window by window: a long text costs up to its first match, not its
 *  whole length (normalising runs per character). Windows overlap by more than a match can span. */
function firstMatch(text: string, terms: string[]): number {
  const overlap = reach(terms);
  for (let at = 0; at < text.length; at += WINDOW) {
    const [from, part] = piece(text, Math.max(0, at - overlap), at + WINDOW);
    const r = matchRanges(part, terms);
    if (r.length) return from + r[0][0];
  }
  return -1;
}

/** About `size` characters around the first match (the start of the text when nothing matches). */
export function snippet(text: string, terms: string[], size = 120): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= size) return mark(flat, matchRanges(flat, terms));
  // A text of one window is normalised once, for the first match and for the marks.
  const whole = flat.length <= WINDOW ? matchRanges(flat, terms) : null;
  const first = Math.max(0, whole ? (whole[0]?.[0] ?? 0) : firstMatch(flat, terms));
  let start = Math.max(0, first - Math.floor(size / 3));
  const end = Math.min(flat.length, start + size);
  start = Math.max(0, end - size);
  // Matches of the shown part only, found with a margin so that one cut by its edge is still marked.
  const margin = reach(terms);
  const [from, part] = whole ? [0, ""] : piece(flat, Math.max(0, start - margin), end + margin);
  const ranges = whole ?? matchRanges(part, terms).map(([a, b]): Range => [a + from, b + from]);
  return (start > 0 ? "…" : "") + mark(flat, ranges, start, end) + (end < flat.length ? "…" : "");
}
