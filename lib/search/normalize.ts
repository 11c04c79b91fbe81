// Text normalisation shared by indexing, querying and highlighting. Both sides go through the same
// function, so 「スマートロック」, 「すまーとろっく」, 「ｽﾏｰﾄﾛｯｸ」 and 「スマート ロック」 all become
// 「すまとろっく」 and match one another.
//
// Rules, per code point: NFKC (full-width ASCII → ASCII, half-width kana → full-width), lower case,
// katakana → hiragana, and the long-vowel mark and whitespace dropped (people type 「スマトロック」,
// 「スマート ロック」 or 「スマートロック」 for the same thing). Working per code point keeps a map
// from each normalised character back to the original, which highlighting needs.

const DROP = /[\s\u30fc\u2010-\u2015\u2212\uff70\u30fb]/u; // whitespace, ー, dashes, 中黒

// Per-character results are memoised: NFKC + lower case + a regex cost ~115 ns a character, and the
// highlighter folds the body of every hit on a results page (a map lookup is ~5× cheaper). Japanese
// text uses a few thousand distinct characters; the bound only guards against hostile input.
const foldMemo = new Map<string, string>();
const FOLD_MEMO_LIMIT = 50_000;

function foldChar(ch: string): string {
  const hit = foldMemo.get(ch);
  if (hit !== undefined) return hit;
  const out = foldUncached(ch);
  if (foldMemo.size < FOLD_MEMO_LIMIT) foldMemo.set(ch, out);
  return out;
}

function foldUncached(ch: string): string {
  let s = ch.normalize("NFKC").toLowerCase();
  let out = "";
  for (const c of s) {
    const code = c.codePointAt(0)!;
    // Katakana ァ..ヶ map to hiragana ぁ..ゖ at a fixed distance.
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : c;
  }
  s = out;
  return DROP.test(s) ? "" : s;
}

// Most characters fold to one UTF-16 unit, or to nothing: those are kept in a table by unit (a typed-array read
// and no string concatenation, ~4× faster than the memo above for a results page's snippets).
// 0: not looked at yet; SLOW: the memoised per-code-point path; DROPPED: folds to nothing; else folded unit + 1.
const unitFold = new Uint16Array(0x10000);
const SLOW = 0xffff;
const DROPPED = 0xfffe;

function unitClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SLOW;
  const f = foldUncached(String.fromCharCode(c));
  if (f === "") return DROPPED;
  const u = f.charCodeAt(0);
  // Voiced marks may join the previous kana.
  return f.length !== 1 || u === 0x3099 || u === 0x309a || u >= 0xfffd ? SLOW : u + 1;
}

function fromUnits(units: number[]): string {
  let out = "";
  for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
  return out;
}

/** Normalised text plus, for every UTF-16 unit of it, the index in `text` it came from. */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  const units: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let f = unitFold[c];
    if (f === 0) f = unitFold[c] = unitClass(c);
    if (f === DROPPED) {
      i++;
      continue;
    }
    if (f !== SLOW) {
      units.push(f - 1);
      map.push(i++);
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const folded = foldChar(ch);
    if ((folded === "\u3099" || folded === "\u309a") && units.length > 0) {
      // ｶﾞ: the half-width voiced mark joins the previous kana (か + ゛ → が).
      const joined = (String.fromCharCode(units[units.length - 1]) + folded).normalize("NFC");
      if (joined.length === 1) {
        units[units.length - 1] = joined.charCodeAt(0);
        i += ch.length;
        continue;
      }
    }
    for (let k = 0; k < folded.length; k++) {
      units.push(folded.charCodeAt(k));
      map.push(i);
    }
    i += ch.length;
  }
  return { norm: fromUnits(units), map };
}

export function normalize(text: string): string {
  return normalizeWithMap(text).norm;
}

/** A query split into normalised words (whitespace separates words; empty words dropped). */
export function queryTerms(q: string): string[] {
  const terms = q
    .split(/[\s\u3000]+/u)
    .map(normalize)
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, 8);
}

/** Characters as code points, so a surrogate pair (𠮷) counts as one. */
const chars = (s: string) => Array.from(s);

/**
 * Distinct unigrams and bigrams of a normalised text. `\n` separates fields and never forms part
 * of a gram, so the end of a title and the start of the body do not make a false bigram.
 */
export function grams(norm: string): string[] {
  const out = new Set<string>();
  for (const part of norm.split("\n")) {
    // Control characters never form grams: \u0001–\u0003 prefix the backend's marker grams.
    const c = chars(part).filter((ch) => ch >= " ");
    for (let k = 0; k < c.length; k++) {
      out.add(c[k]);
      if (k + 1 < c.length) out.add(c[k] + c[k + 1]);
    }
  }
  return [...out];
}

/** The grams a document must contain to match a term: the character for one, its bigrams otherwise. */
export function termGrams(term: string): string[] {
  const c = chars(term);
  if (c.length === 1) return c;
  const out = new Set<string>();
  for (let k = 0; k + 1 < c.length; k++) out.add(c[k] + c[k + 1]);
  return [...out];
}

export const termLength = (term: string) => chars(term).length;
