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

/** About `size` characters around the first match (the start of the text when nothing matches). */
export function snippet(text: string, terms: string[], size = 120): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  const ranges = matchRanges(flat, terms);
  if (flat.length <= size) return mark(flat, ranges);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(size / 3));
  const end = Math.min(flat.length, start + size);
  start = Math.max(0, end - size);
  return (start > 0 ? "…" : "") + mark(flat, ranges, start, end) + (end < flat.length ? "…" : "");
}
